import { type Assessment, inSentence, label, type Profile } from '@eqia/core';
import { Box, Text } from 'ink';
import { impactGrid, symbolLegend } from './impact-grid.js';

export interface ImpactGridProps {
  assessment: Assessment;
  profile: Profile;
}

const labelWidth = 26;

/** The summary screen's table: fits 80 columns with up to four audiences. */
export function ImpactGrid({ assessment, profile }: ImpactGridProps) {
  const grid = impactGrid(assessment, profile);
  const cellWidth = Math.max(6, Math.floor((78 - labelWidth) / Math.max(1, grid.audiences.length)));
  const cell = (text: string) => text.slice(0, cellWidth - 1).padEnd(cellWidth);
  return (
    <Box flexDirection="column">
      <Text bold>
        {'Characteristic'.padEnd(labelWidth)}
        {grid.audiences.map((audience) => cell(audience.label)).join('')}
      </Text>
      {grid.rows.map((row) => (
        <Text key={row.characteristic}>
          {row.label.slice(0, labelWidth - 2).padEnd(labelWidth)}
          {row.status === 'impacts_identified'
            ? row.cells.map((symbol) => cell(symbol || '·')).join('')
            : inSentence(label('analysisStatus', row.status))}
        </Text>
      ))}
      <Text dimColor>{symbolLegend} · none for this audience</Text>
    </Box>
  );
}
