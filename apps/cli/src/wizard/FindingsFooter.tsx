import type { Finding } from '@eqia/core';
import { Box, Text } from 'ink';
import { Prose, textRows } from '../prompts/Prose.js';

export interface FindingsFooterProps {
  all: readonly Finding[];
  /** The findings of the step on screen: the first two are listed. */
  here: readonly Finding[];
}

/** Errors first, two at most: what this step still lacks. */
const shownOf = (here: readonly Finding[]) =>
  [...here].sort((a, b) => (a.severity === 'error' ? -1 : 0) - (b.severity === 'error' ? -1 : 0)).slice(0, 2);

const count = (findings: readonly Finding[], severity: Finding['severity']) =>
  findings.filter((f) => f.severity === severity).length;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "· 3 here (2 shown; `eqia check` lists all)" */
function hereText(here: readonly Finding[], shown: number): string {
  return `${here.length ? ` · ${here.length} here` : ' · none here'}${here.length > shown ? ` (${shown} shown; \`eqia check\` lists all)` : ''}`;
}

const mark = (finding: Finding) => (finding.severity === 'error' ? '✗ ' : '! ');

/** The rows the footer takes on a screen `columns` wide: its rule, the totals and the findings listed. */
export function footerRows({ all, here }: FindingsFooterProps, columns: number): number {
  const shown = shownOf(here);
  const totals = `Checks: ${plural(count(all, 'error'), 'error')}, ${plural(count(all, 'warning'), 'warning')}`;
  return (
    1 +
    textRows(totals + hereText(here, shown.length), columns) +
    shown.reduce((rows, finding) => rows + textRows(mark(finding) + finding.message, columns), 0)
  );
}

/** Live due-regard findings: totals, then what this step still lacks. */
export function FindingsFooter({ all, here }: FindingsFooterProps) {
  const errors = count(all, 'error');
  const warnings = count(all, 'warning');
  const shown = shownOf(here);
  return (
    <Box
      flexDirection="column"
      borderStyle="single"
      borderTop
      borderBottom={false}
      borderLeft={false}
      borderRight={false}
    >
      <Prose>
        Checks: <Text color={errors ? 'red' : 'green'}>{plural(errors, 'error')}</Text>,{' '}
        <Text color={warnings ? 'yellow' : 'green'}>{plural(warnings, 'warning')}</Text>
        {hereText(here, shown.length)}
      </Prose>
      {shown.map((finding) => (
        <Prose
          key={`${finding.ruleId}:${finding.path}`}
          color={finding.severity === 'error' ? 'red' : 'yellow'}
        >
          {mark(finding)}
          {finding.message}
        </Prose>
      ))}
    </Box>
  );
}
