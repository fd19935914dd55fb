import { type Finding, type LikelyImpact, profileCharacteristics } from '@eqia/core';
import { msg, question } from '../../messages/ui-language.js';
import { uiWords } from '../../messages/ui-words.js';
import type { StepTools, WizardStep } from '../step.js';
import { nextId, validateDate } from './fields.js';
import { askNamedList } from './named-list.js';

const owned = ['policy.assessmentTeam', 'decision.alreadyTaken', 'decision.assessedOn', 'screening.answers'];

/**
 * What a published assessment records beyond the sections' main questions: who carried it out,
 * whether the decision was already taken and, when it is dated, when the analysis was done, and, for a
 * screening-out, how each relevant characteristic is likely to be affected.
 */
export const recordDetailsStep: WizardStep = {
  id: 'record-details',
  get title() {
    return msg.recordDetails.title;
  },
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
    context: [msg.recordDetails.teamGuidance],
    recorded: () => assessment().policy.assessmentTeam.map((member) => member.name),
    label: (m) => m.recordDetails.member,
    add: async (name) => {
      const role = await ask.text(question((m) => m.recordDetails.role({ name })));
      await save(
        'policy',
        (policy) => {
          // Each member gets an id, which keys the Welsh of their role; one recorded before ids, one too.
          const ids = () => policy.assessmentTeam.flatMap((member) => (member.id ? [member.id] : []));
          for (const member of policy.assessmentTeam) member.id ??= nextId('member', ids());
          policy.assessmentTeam.push({ id: nextId('member', ids()), name, role });
        },
        msg.recordDetails.savedMember({ name }),
      );
    },
  });
}

/** Due regard comes before the decision: whether it was already taken, and when the analysis was done. */
async function askDecisionTiming({ ask, save, assessment, setContext }: StepTools): Promise<void> {
  setContext([msg.recordDetails.timingGuidance]);
  const alreadyTaken = await ask.confirm({
    ...question((m) => m.recordDetails.alreadyTaken),
    initial: assessment().decision.alreadyTaken,
  });
  await save(
    'decision',
    (decision) => {
      decision.alreadyTaken = alreadyTaken;
    },
    msg.recordDetails.savedAlreadyTaken({ taken: alreadyTaken }),
  );
  const { date, assessedOn } = assessment().decision;
  if (alreadyTaken || !date) return;
  const analysed = await ask.text({
    ...question((m) => m.recordDetails.analysedOn({ date })),
    initial: assessedOn ?? '',
    validate: validateDate,
  });
  await save(
    'decision',
    (decision) => {
      if (analysed) decision.assessedOn = analysed;
      else delete decision.assessedOn;
    },
    msg.recordDetails.savedAnalysedOn({ date: analysed }),
  );
}

/** Only a screening-out turns on it: relevant is not adverse, and a likely major impact needs a full assessment. */
async function askLikelyImpacts({ ask, save, assessment, profile }: StepTools): Promise<void> {
  if (assessment().screening.decision?.kind !== 'not_required') return;
  const words = uiWords();
  for (const characteristic of profileCharacteristics(profile)) {
    const { id } = characteristic;
    const name = words.characteristic(characteristic).label;
    const answer = assessment().screening.answers[id];
    if (answer?.relevance !== 'yes') continue;
    const likely = await ask.select<LikelyImpact>({
      ...question((m) => m.recordDetails.likely({ characteristic: m === msg ? name : characteristic.label })),
      choices: words.labelChoices('likelyImpact'),
      ...(answer.likelyImpact && { initial: answer.likelyImpact }),
    });
    await save(
      'screening',
      (screening) => {
        const entry = screening.answers[id];
        if (entry) entry.likelyImpact = likely;
      },
      msg.recordDetails.savedLikely({ characteristic: name, likely: words.label('likelyImpact', likely) }),
    );
  }
}
