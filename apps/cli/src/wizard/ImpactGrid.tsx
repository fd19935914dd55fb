import { type Assessment, inSentence, label, type Profile } from '@eqia/core';
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useColumns } from '../prompts/use-columns.js';
import { impactGrid, symbolLegend } from './impact-grid.js';

export interface ImpactGridProps {
  assessment: Assessment;
  profile: Profile;
}

/**
 * The summary screen's table, as wide as the terminal. Names are never cut: the characteristic column
 * is as wide as its longest name (up to two fifths of the screen), and a name that does not fit its
 * column wraps onto the next line, audiences' names in the heading included.
 */
export function ImpactGrid({ assessment, profile }: ImpactGridProps) {
  const grid = impactGrid(assessment, profile);
  const width = useColumns() - 1;
  const longest = Math.max('Characteristic'.length, ...grid.rows.map((row) => row.label.length));
  const labelWidth = Math.min(longest + 2, Math.floor((width * 2) / 5));
  const cellWidth = Math.max(6, Math.floor((width - labelWidth) / Math.max(1, grid.audiences.length)));
  return (
    <Box flexDirection="column">
      <Row label="Characteristic" labelWidth={labelWidth} bold>
        {grid.audiences.map((audience) => (
          <Cell key={audience.id} width={cellWidth} text={audience.label} bold />
        ))}
      </Row>
      {grid.rows.map((row) => (
        <Row key={row.characteristic} label={row.label} labelWidth={labelWidth}>
          {row.status === 'impacts_identified' ? (
            row.cells.map((symbol, index) => (
              <Cell key={grid.audiences[index]?.id} width={cellWidth} text={symbol || '·'} />
            ))
          ) : (
            <Text wrap="wrap">{inSentence(label('analysisStatus', row.status))}</Text>
          )}
        </Row>
      ))}
      <Text dimColor wrap="wrap">
        {symbolLegend} · none for this audience
      </Text>
    </Box>
  );
}

function Row(props: { label: string; labelWidth: number; bold?: boolean; children: ReactNode }) {
  return (
    <Box>
      <Cell width={props.labelWidth} text={props.label} bold={props.bold} />
      <Box flexGrow={1}>{props.children}</Box>
    </Box>
  );
}

/** One column: its text wraps inside it, one space kept clear before the next column. */
function Cell({ width, text, bold }: { width: number; text: string; bold?: boolean }) {
  return (
    <Box width={width} flexShrink={0} paddingRight={1}>
      <Text bold={bold} wrap="wrap">
        {text}
      </Text>
    </Box>
  );
}
