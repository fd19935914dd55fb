import {
  hint,
  inSentence,
  label,
  type ObjectiveSummary,
  type Profile,
  profileCharacteristics,
} from '@eqia/core';
import type { ObjectiveView } from '@eqia/sdk';
import { personName } from '../output/person.js';

const nameOf = personName;

const ragText = (summary: Pick<ObjectiveSummary, 'rag'>) =>
  summary.rag ? `${label('rag', summary.rag)} (${hint('rag', summary.rag)})` : 'No update yet';

/**
 * The register, one objective to a block of short lines (its id, its title, where it is), so it fits a
 * narrow terminal: ids and titles are too long to share a row.
 */
export function objectivesTable(summaries: readonly ObjectiveSummary[], profile: Profile): string {
  return summaries
    .map((summary) => {
      const latest = summary.rag
        ? `${label('rag', summary.rag)} on ${summary.lastUpdateOn}`
        : 'no update yet';
      return `${summary.id}\n  ${summary.title}\n  ${label('objectiveStatus', summary.status)} · ${nameOf(profile, summary.owner)} · ${latest}`;
    })
    .join('\n\n');
}

/** One objective as an equality lead reads it: the promise, the measures against targets, the plan, progress. */
export function objectiveText({ objective, summary, attention }: ObjectiveView, profile: Profile): string {
  const characteristics = profileCharacteristics(profile);
  const characteristicName = (id: string) => characteristics.find((c) => c.id === id)?.label ?? id;
  const latestValue = (measure: string) =>
    objective.updates
      .flatMap((update) =>
        update.values
          .filter((value) => value.measure === measure)
          .map((value) => ({ ...value, asOf: update.asOf })),
      )
      .at(-1);
  const lines = [
    objective.title,
    `${label('objectiveStatus', objective.status)} · owned by ${nameOf(profile, objective.owner)} · ${objective.period.start} to ${objective.period.end}`,
    `Latest progress: ${ragText(summary)}${summary.lastUpdateOn ? `, reported for ${summary.lastUpdateOn}` : ''}`,
    '',
    objective.statement,
  ];
  if (objective.rationale) lines.push('', `Why: ${objective.rationale}`);
  if (objective.characteristics.length)
    lines.push('', `Characteristics: ${objective.characteristics.map(characteristicName).join(', ')}`);
  if (objective.measures.length) {
    lines.push('', 'Measures');
    for (const measure of objective.measures) {
      const latest = latestValue(measure.id);
      const unit = measure.unit;
      const baseline = measure.baseline === undefined ? '' : `baseline ${measure.baseline}${unit}, `;
      const now = latest ? `, ${latest.value}${unit} at ${latest.asOf}` : ', no value reported yet';
      lines.push(`  ${measure.indicator}: ${baseline}target ${measure.target}${unit}${now}`);
    }
  }
  if (objective.milestones.length) {
    lines.push('', 'Milestones');
    for (const milestone of objective.milestones)
      lines.push(
        `  ${milestone.doneOn ? `✓ done ${milestone.doneOn}` : `due ${milestone.dueDate}`}  ${milestone.description}${milestone.owner ? ` (${milestone.owner})` : ''}`,
      );
  }
  if (objective.actions.length) {
    lines.push('', 'Actions');
    for (const action of objective.actions)
      lines.push(
        `  ${inSentence(label('actionStatus', action.status))}  ${action.description}${action.owner ? ` (${action.owner})` : ''}`,
      );
  }
  if (objective.updates.length) {
    lines.push('', 'Progress');
    for (const update of objective.updates) {
      lines.push(
        `  ${update.asOf}  ${label('rag', update.rag)}, by ${nameOf(profile, update.by)}: ${update.narrative}`,
      );
      if (update.whatChanged) lines.push(`    What changed: ${update.whatChanged}`);
    }
  }
  if (objective.closingNote) lines.push('', `Closed: ${objective.closingNote}`);
  if (attention.length) lines.push('', 'Needs attention', ...attention.map((item) => `  ! ${item.message}`));
  return `${lines.join('\n')}\n`;
}
