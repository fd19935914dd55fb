import { type Assessment, type Frozen, inSentence, type Profile } from '@eqia/core';
import { Box } from 'ink';
import type { ReactNode } from 'react';
import { msg, uiLabel } from '../messages/ui-language.js';
import { Prose, textRows } from '../prompts/Prose.js';
import { useColumns } from '../prompts/use-columns.js';
import { type ImpactGridModel, impactGrid, symbolLegend } from './impact-grid.js';

export interface ImpactGridProps {
  assessment: Frozen<Assessment>;
  profile: Frozen<Profile>;
  /** The rows the screen leaves it: characteristics that do not fit are counted, Ctrl+O shows them. */
  rows?: number;
  /** Shown whole (Ctrl+O), however tall. */
  full?: boolean;
}

/**
 * The summary screen's table, as wide as the terminal. Names are never cut: the characteristic column
 * is as wide as its longest name (up to two fifths of the screen), and a name that does not fit its
 * column wraps onto the next line, audiences' names in the heading included. On a short screen the
 * rows that fit are shown, and the last line says how many more Ctrl+O shows.
 */
export function ImpactGrid({
  assessment,
  profile,
  rows = Number.POSITIVE_INFINITY,
  full = false,
}: ImpactGridProps) {
  const grid = impactGrid(assessment, profile);
  const width = useColumns() - 1;
  const longest = Math.max(msg.wizard.gridCharacteristic.length, ...grid.rows.map((row) => row.label.length));
  const labelWidth = Math.min(longest + 2, Math.floor((width * 2) / 5));
  const cellWidth = Math.max(6, Math.floor((width - labelWidth) / Math.max(1, grid.audiences.length)));
  const statusOf = (row: GridRow) => inSentence(uiLabel('analysisStatus', row.status));
  const legend = `${symbolLegend()} · ${msg.wizard.gridNone}`;
  const room = rows - textRows(legend, width + 1);
  // A cell's text has its width less the space kept before the next column.
  const nameRows = (name: string) => textRows(name, labelWidth - 1);
  const heading = Math.max(
    nameRows(msg.wizard.gridCharacteristic),
    ...grid.audiences.map((audience) => textRows(audience.label, cellWidth - 1)),
  );
  const heights = grid.rows.map((row) =>
    Math.max(
      nameRows(row.label),
      row.status === 'impacts_identified' ? 1 : textRows(statusOf(row), width + 1 - labelWidth),
    ),
  );
  const total = heading + heights.reduce((sum, h) => sum + h, 0);
  let shown = grid.rows.length;
  if (!full && total > room) {
    // Keep a line to say how many more there are.
    let used = heading + 1;
    shown = 0;
    for (const height of heights) {
      used += height;
      if (used > room) break;
      shown++;
    }
  }
  const more = grid.rows.length - shown;
  return (
    <Box flexDirection="column">
      <Row label={msg.wizard.gridCharacteristic} labelWidth={labelWidth} bold>
        {grid.audiences.map((audience) => (
          <Cell key={audience.id} width={cellWidth} text={audience.label} bold />
        ))}
      </Row>
      {grid.rows.slice(0, shown).map((row) => (
        <Row key={row.characteristic} label={row.label} labelWidth={labelWidth}>
          {row.status === 'impacts_identified' ? (
            row.cells.map((symbol, index) => (
              <Cell key={grid.audiences[index]?.id} width={cellWidth} text={symbol || '·'} />
            ))
          ) : (
            <Prose>{statusOf(row)}</Prose>
          )}
        </Row>
      ))}
      {more > 0 ? (
        <Prose dimColor>{msg.impactGrid.more({ n: more })}</Prose>
      ) : full && total > room ? (
        <Prose dimColor>{msg.wizard.showLess}</Prose>
      ) : null}
      <Prose dimColor>{legend}</Prose>
    </Box>
  );
}

type GridRow = ImpactGridModel['rows'][number];

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
      <Prose bold={bold}>{text}</Prose>
    </Box>
  );
}
