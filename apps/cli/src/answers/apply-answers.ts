import type { SectionId } from '@eqia/core';
import type { AssessmentView, EqiaClient } from '@eqia/sdk';
import type { AnswersFile } from './schema.js';

/**
 * Apply an answers file to an assessment, one section per edit so the audit log shows each. Policy and
 * screening come first because the screening decision moves a draft on to the full assessment.
 */
export async function applyAnswers(
  client: EqiaClient,
  id: string,
  answers: AnswersFile,
): Promise<AssessmentView> {
  let view = await client.get(id);
  const replace = async <S extends SectionId>(section: S, value: unknown) => {
    if (value === undefined) return;
    view = await client.edit(id, section, () => value as never);
  };
  // The owner is optional in the file: keep the current one rather than clear it.
  if (answers.policy)
    await replace('policy', { owner: view.assessment.policy.owner, ...stripUndefined(answers.policy) });
  await replace('decision', answers.decision);
  if (answers.screening) {
    const screeningAnswers = answers.screening.answers;
    view = await client.edit(id, 'screening', (draft) => {
      Object.assign(draft.answers, screeningAnswers);
    });
    if (answers.screening.decision) view = await client.screen(id, answers.screening.decision);
  }
  await replace('evidence', answers.evidence);
  await replace('engagement', answers.engagement);
  if (answers.analysis) {
    const analysis = answers.analysis;
    view = await client.edit(id, 'analysis', (draft) => {
      Object.assign(draft, analysis);
    });
  }
  await replace('intersectionality', answers.intersectionality);
  await replace('generalDuty', answers.generalDuty);
  await replace('outcome', answers.outcome);
  await replace('actions', answers.actions);
  if (answers.monitoring) {
    const monitoring = answers.monitoring;
    view = await client.edit(id, 'monitoring', (draft) => {
      Object.assign(draft, monitoring);
    });
  }
  return view;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
