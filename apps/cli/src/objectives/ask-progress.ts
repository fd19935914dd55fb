import { labelChoices, type Objective, type Rag } from '@eqia/core';
import type { ProgressInput } from '@eqia/sdk';
import { askMultiSelect, askSelect, askText } from '../prompts/ask.js';

/**
 * A quarter's progress update, asked one question at a time: the RAG, what happened, what changed, each
 * measure's latest value (blank to leave it), and the milestones done.
 */
export async function askProgress(objective: Objective, today: string): Promise<ProgressInput> {
  const asOf = await askText({
    message: 'Reporting on which day? (the quarter’s end, YYYY-MM-DD)',
    initial: today,
    validate: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : 'write the day as YYYY-MM-DD'),
  });
  const rag = await askSelect<Rag>({ message: 'How is it going?', choices: labelChoices('rag') });
  const narrative = await askText({ message: 'What progress was made?', required: true });
  const whatChanged = await askText({ message: 'What changed for people as a result? (optional)' });
  const values: ProgressInput['values'] = [];
  for (const measure of objective.measures) {
    const answer = await askText({
      message: `${measure.indicator}: latest value${measure.unit ? ` (${measure.unit})` : ''}, blank if not measured`,
      validate: (value) =>
        value.trim() === '' || Number.isFinite(Number(value))
          ? undefined
          : 'write a number, or leave it blank',
    });
    if (answer.trim() !== '') values.push({ measure: measure.id, value: Number(answer) });
  }
  const open = objective.milestones.filter((milestone) => !milestone.doneOn);
  const milestonesDone = open.length
    ? await askMultiSelect({
        message: 'Which milestones are now done?',
        choices: open.map((milestone) => ({
          value: milestone.id,
          label: milestone.description,
          hint: `due ${milestone.dueDate}`,
        })),
      })
    : [];
  return { asOf, rag, narrative, ...(whatChanged && { whatChanged }), values, milestonesDone };
}
