import type { Finding } from '@eqia/core';
import { Box, Text } from 'ink';
import { msg } from '../messages/ui-language.js';
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

/** "· 3 here (2 shown; `eqia check` lists all)" */
function hereText(here: readonly Finding[], shown: number): string {
  return `${here.length ? msg.wizard.here({ n: here.length }) : msg.wizard.noneHere}${here.length > shown ? msg.wizard.shownOfHere({ shown }) : ''}`;
}

const mark = (finding: Finding) => (finding.severity === 'error' ? '✗ ' : '! ');

/** The rows the footer takes on a screen `columns` wide: its rule, the totals and the findings listed. */
export function footerRows({ all, here }: FindingsFooterProps, columns: number): number {
  const shown = shownOf(here);
  const totals = `${msg.wizard.checks}${msg.wizard.errors({ n: count(all, 'error') })}, ${msg.wizard.warnings({ n: count(all, 'warning') })}`;
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
        {msg.wizard.checks}
        <Text color={errors ? 'red' : 'green'}>{msg.wizard.errors({ n: errors })}</Text>,{' '}
        <Text color={warnings ? 'yellow' : 'green'}>{msg.wizard.warnings({ n: warnings })}</Text>
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
