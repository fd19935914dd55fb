import { type Finding, type LikelyImpact, label, labelChoices, profileCharacteristics } from '@eqia/core';
import type { StepTools, WizardStep } from '../step.js';
import { validateDate } from './fields.js';
import { askNamedList } from './named-list.js';

const owned = ['policy.assessmentTeam', 'decision.alreadyTaken', 'decision.assessedOn', 'screening.answers'];

/**
 * What a published assessment records beyond the sections' main questions: who carried it out,
 * whether the decision was already taken and, when it is dated, when the analysis was done, and, for a
 * screening-out, how each relevant characteristic is likely to be affected.
 */
export const recordDetailsStep: WizardStep = {
  id: 'record-details',
  title: 'Who assessed it, and when',
  section: 'policy',
  owns: (finding: Finding) => owned.some((path) => finding.path.startsWith(path)),
  run: async (tools) => {
    await askTeam(tools);
    await askDecisionTiming(tools);
    await askLikelyImpacts(tools);
  },
};

async function askTeam(tools: StepTools): Promise<void> {
  const { ask, save, assessment } = tools;
  await askNamedList(tools, {
    context: ['Rigour needs more than one mind: name the people who carried out the assessment.'],
    recorded: () => assessment().policy.assessmentTeam.map((member) => member.name),
    label: 'Someone who carried out the assessment',
    add: async (name) => {
      const role = await ask.text({ label: `${name}’s role` });
      await save('policy', (policy) => void policy.assessmentTeam.push({ name, role }), `Team: ${name}`);
    },
  });
}

/** Due regard comes before the decision: whether it was already taken, and when the analysis was done. */
async function askDecisionTiming({ ask, save, assessment, setContext }: StepTools): Promise<void> {
  setContext(['Due regard is paid before the decision, not to justify one already made (Brown).']);
  const alreadyTaken = await ask.confirm({
    label: 'Had the decision already been taken when this assessment was done?',
    initial: assessment().decision.alreadyTaken,
  });
  await save(
    'decision',
    (decision) => {
      decision.alreadyTaken = alreadyTaken;
    },
    `Decision already taken: ${alreadyTaken ? 'yes' : 'no'}`,
  );
  const { date, assessedOn } = assessment().decision;
  if (alreadyTaken || !date) return;
  const analysed = await ask.text({
    label: `The decision is dated ${date}: when was the analysis done? (YYYY-MM-DD, empty if in eqia now)`,
    initial: assessedOn ?? '',
    validate: validateDate,
  });
  await save(
    'decision',
    (decision) => {
      if (analysed) decision.assessedOn = analysed;
      else delete decision.assessedOn;
    },
    `Analysis done: ${analysed || 'in eqia'}`,
  );
}

/** Only a screening-out turns on it: relevant is not adverse, and a likely major impact needs a full assessment. */
async function askLikelyImpacts({ ask, save, assessment, profile }: StepTools): Promise<void> {
  if (assessment().screening.decision?.kind !== 'not_required') return;
  for (const { id, label: name } of profileCharacteristics(profile)) {
    const answer = assessment().screening.answers[id];
    if (answer?.relevance !== 'yes') continue;
    const likely = await ask.select<LikelyImpact>({
      label: `${name} is relevant: how is it likely to be affected?`,
      choices: labelChoices('likelyImpact'),
      ...(answer.likelyImpact && { initial: answer.likelyImpact }),
    });
    await save(
      'screening',
      (screening) => {
        const entry = screening.answers[id];
        if (entry) entry.likelyImpact = likely;
      },
      `${name}: ${label('likelyImpact', likely)}`,
    );
  }
}
