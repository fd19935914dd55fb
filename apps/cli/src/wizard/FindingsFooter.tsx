import type { Finding } from '@eqia/core';
import { Box, Text } from 'ink';

export interface FindingsFooterProps {
  all: readonly Finding[];
  /** The findings of the step on screen: the first two are listed. */
  here: readonly Finding[];
}

/** Live due-regard findings: totals, then what this step still lacks. */
export function FindingsFooter({ all, here }: FindingsFooterProps) {
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  const shown = [...here]
    .sort((a, b) => (a.severity === 'error' ? -1 : 0) - (b.severity === 'error' ? -1 : 0))
    .slice(0, 2);
  return (
    <Box
      flexDirection="column"
      borderStyle="single"
      borderTop
      borderBottom={false}
      borderLeft={false}
      borderRight={false}
    >
      <Text>
        Checks:{' '}
        <Text color={errors ? 'red' : 'green'}>
          {errors} error{errors === 1 ? '' : 's'}
        </Text>
        ,{' '}
        <Text color={warnings ? 'yellow' : 'green'}>
          {warnings} warning{warnings === 1 ? '' : 's'}
        </Text>
        {here.length ? ` · ${here.length} here` : ' · none here'}
        {here.length > shown.length ? ` (${shown.length} shown; \`eqia check\` lists all)` : ''}
      </Text>
      {shown.map((finding) => (
        <Text
          key={`${finding.ruleId}:${finding.path}`}
          wrap="wrap"
          color={finding.severity === 'error' ? 'red' : 'yellow'}
        >
          {finding.severity === 'error' ? '✗ ' : '! '}
          {finding.message}
        </Text>
      ))}
    </Box>
  );
}
