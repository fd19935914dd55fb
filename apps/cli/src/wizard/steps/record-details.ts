import { type Finding, type LikelyImpact, label, labelChoices, profileCharacteristics } from '@eqia/core';
import type { StepTools, WizardStep } from '../step.js';

const owned = ['policy.assessmentTeam', 'policy.otherGroups', 'decision.alreadyTaken', 'screening.answers'];

/**
 * What a published assessment records beyond the sections' main questions: who carried it out, groups
 * affected beyond the profile's audiences, whether the decision was already taken and, for a
 * screening-out, how each relevant characteristic is likely to be affected.
 */
export const recordDetailsStep: WizardStep = {
  id: 'record-details',
  title: 'Who assessed it, and who else is affected',
  section: 'policy',
  owns: (finding: Finding) => owned.some((path) => finding.path.startsWith(path)),
  run: async (tools) => {
    await askTeam(tools);
    await askOtherGroups(tools);
    await askDecisionTiming(tools);
    await askLikelyImpacts(tools);
  },
};

async function askTeam({ ask, save, setContext }: StepTools): Promise<void> {
  setContext(['Rigour needs more than one mind: name the people who carried out the assessment.']);
  for (;;) {
    const name = await ask.text({ label: 'Someone who carried out the assessment (empty when done)' });
    if (!name.trim()) return;
    const role = await ask.text({ label: `${name}’s role` });
    await save('policy', (policy) => void policy.assessmentTeam.push({ name, role }), `Team: ${name}`);
  }
}

async function askOtherGroups({ ask, save, assessment, setContext }: StepTools): Promise<void> {
  setContext(['Groups the profile’s audiences do not name: residents of one area, a trade, visitors…']);
  for (;;) {
    const group = await ask.text({ label: 'Another group the policy affects (empty when done)' });
    if (!group.trim()) return;
    const id = slug(group, assessment().policy.otherGroups.length + 1);
    await save(
      'policy',
      (policy) => void policy.otherGroups.push({ id, label: group, description: '' }),
      `Affects: ${group}`,
    );
  }
}

async function askDecisionTiming({ ask, save, assessment }: StepTools): Promise<void> {
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

/** A group's id from its name: lower-case words joined by underscores, numbered if nothing is left. */
function slug(text: string, n: number): string {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(words) ? words.slice(0, 60) : `group_${n}`;
}
