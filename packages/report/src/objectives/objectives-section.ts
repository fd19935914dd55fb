import { hint, label } from '@eqia/core';
import { formatDate } from '../dates.js';
import { type Block, cell, paragraph, type Section, section } from '../document/blocks.js';
import { listOf } from '../labels.js';
import type { MeasureProgress, ObjectiveProgress } from './objective-progress.js';

const amount = (value: number | undefined, unit: string) => (value === undefined ? '—' : `${value}${unit}`);

/** RAG in words and a symbol, never colour alone. */
export function ragText(progress: Pick<ObjectiveProgress, 'rag' | 'lastUpdate'>): string {
  if (!progress.rag || !progress.lastUpdate) return 'No progress reported yet';
  const symbol = { red: '●', amber: '◐', green: '○' }[progress.rag];
  return `${symbol} ${label('rag', progress.rag)} (${hint('rag', progress.rag)}), reported for ${formatDate(progress.lastUpdate.asOf)}`;
}

function measuresTable(measures: readonly MeasureProgress[]): Block {
  return {
    kind: 'table',
    caption: 'Measures against targets',
    columns: ['Measure', 'Baseline', 'Latest', 'Target', 'Reached'],
    rows: measures.map((measure) => [
      cell(measure.indicator),
      cell(amount(measure.baseline, measure.unit)),
      cell(
        measure.latest
          ? `${amount(measure.latest.value, measure.unit)} (${formatDate(measure.latest.asOf)})`
          : 'Not yet reported',
        measure.latest ? undefined : 'muted',
      ),
      cell(amount(measure.target, measure.unit)),
      measure.met ? cell('✓ Yes', 'positive') : cell('Not yet', 'muted'),
    ]),
    rowHeaders: true,
    empty: 'No measures set.',
  };
}

/** One objective: who owns it, where it is, its measures, its plan and what changed as a result. */
function objectiveSection(progress: ObjectiveProgress, index: number): Section {
  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        { term: 'Owner', value: [progress.owner.name, progress.owner.jobTitle].filter(Boolean).join(', ') },
        { term: 'Status', value: label('objectiveStatus', progress.status) },
        { term: 'Progress', value: ragText(progress) },
        {
          term: 'Period',
          value: `${formatDate(progress.period.start)} to ${formatDate(progress.period.end)}`,
        },
        { term: 'Characteristics', value: listOf(progress.characteristics, 'All') },
      ],
    },
    paragraph(progress.statement),
  ];
  if (progress.lastUpdate) blocks.push(paragraph(`Latest update: ${progress.lastUpdate.narrative}`));
  blocks.push(measuresTable(progress.measures));
  if (progress.milestones.length)
    blocks.push({
      kind: 'list',
      items: progress.milestones.map((milestone) => [
        milestone.doneOn
          ? `✓ Done ${formatDate(milestone.doneOn)}: ${milestone.description}`
          : `${milestone.overdue ? '! Overdue' : 'Due'} ${formatDate(milestone.dueDate)}: ${milestone.description}`,
      ]),
    });
  if (progress.changes.length)
    blocks.push(paragraph('What changed as a result:'), {
      kind: 'list',
      items: progress.changes.map((change) => [`${formatDate(change.asOf)}: ${change.text}`]),
    });
  if (progress.attention.length)
    blocks.push({
      kind: 'paragraph',
      content: [`Needs attention: ${progress.attention.join(' ')}`],
      tone: 'warning',
    });
  return section(`objective-${index + 1}`, `Objective ${index + 1}: ${progress.title}`, blocks);
}

/** The objectives, one sub-section each, under a heading of the caller's. */
export function objectivesSection(
  id: string,
  heading: string,
  intro: string,
  objectives: readonly ObjectiveProgress[],
): Section {
  const blocks: Block[] = objectives.length
    ? [paragraph(intro), ...objectives.map(objectiveSection)]
    : [paragraph('No equality objectives are recorded yet.')];
  return section(id, heading, blocks);
}
