import type { Frozen, Objective, Rag } from '@eqia/core';
import type { ProgressInput } from '@eqia/sdk';
import { msg } from '../messages/ui-language.js';
import { uiWords } from '../messages/ui-words.js';
import { askMultiSelect, askSelect, askText } from '../prompts/ask.js';

/**
 * A quarter's progress update, asked one question at a time: the RAG, what happened, what changed, each
 * measure's latest value (blank to leave it), and the milestones done.
 */
export async function askProgress(objective: Frozen<Objective>, today: string): Promise<ProgressInput> {
  const words = msg.objectives;
  const asOf = await askText({
    message: words.askAsOf,
    initial: today,
    validate: (value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? undefined : words.badDay),
  });
  const rag = await askSelect<Rag>({ message: words.askRag, choices: uiWords().labelChoices('rag') });
  const narrative = await askText({ message: words.askNarrative, required: true });
  const whatChanged = await askText({ message: words.askWhatChanged });
  const values: ProgressInput['values'] = [];
  for (const measure of objective.measures) {
    const answer = await askText({
      message: words.askValue({ indicator: measure.indicator, unit: measure.unit }),
      validate: (value) =>
        value.trim() === '' || Number.isFinite(Number(value)) ? undefined : words.badNumber,
    });
    if (answer.trim() !== '') values.push({ measure: measure.id, value: Number(answer) });
  }
  const open = objective.milestones.filter((milestone) => !milestone.doneOn);
  const milestonesDone = open.length
    ? await askMultiSelect({
        message: words.askMilestones,
        choices: open.map((milestone) => ({
          value: milestone.id,
          label: milestone.description,
          hint: words.milestoneDue({ date: milestone.dueDate }),
        })),
      })
    : [];
  return { asOf, rag, narrative, ...(whatChanged && { whatChanged }), values, milestonesDone };
}
