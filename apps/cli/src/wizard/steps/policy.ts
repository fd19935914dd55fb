import { english } from '../../messages/en.js';
import { msg, question } from '../../messages/ui-language.js';
import { uiWords } from '../../messages/ui-words.js';
import { audienceName } from '../../output/profile-names.js';
import { assign, audienceChoices } from './fields.js';
import { askOtherGroups } from './other-groups.js';
import { sectionStep } from './section-step.js';

/** The question after the title: a new assessment opens here, its title just given. */
export const afterTitle = {
  step: 'policy',
  question: english.policy.reference,
  get label() {
    return msg.policy.reference;
  },
};

export const policyStep = sectionStep('policy', async (tools) => {
  const { ask, save, assessment, profile, setContext } = tools;
  const { label, labelChoices } = uiWords();
  const policy = () => assessment().policy;
  setContext([msg.policy.guidance]);
  const title = await ask.text({
    ...question((m) => m.policy.title),
    initial: policy().title,
    required: true,
  });
  await save('policy', assign({ title }), msg.policy.savedTitle({ title }));
  const reference = await ask.text({ ...question((m) => m.policy.reference), initial: policy().reference });
  await save('policy', assign({ reference }), msg.policy.savedReference({ reference }));
  const kind = await ask.select({
    ...question((m) => m.policy.kind),
    choices: labelChoices('policyKind'),
    initial: policy().kind,
  });
  await save('policy', assign({ kind }), msg.policy.savedKind({ kind: label('policyKind', kind) }));
  const novelty = await ask.select({
    ...question((m) => m.policy.novelty),
    choices: labelChoices('policyNovelty'),
    initial: policy().novelty,
  });
  await save(
    'policy',
    assign({ novelty }),
    msg.policy.savedNovelty({ novelty: label('policyNovelty', novelty) }),
  );
  const team = await ask.text({ ...question((m) => m.policy.team), initial: policy().team });
  await save('policy', assign({ team }), msg.policy.savedTeam({ team }));
  const aims = await ask.text({
    ...question((m) => m.policy.aims),
    initial: policy().aims,
    required: true,
  });
  await save('policy', assign({ aims }), msg.policy.savedAims);
  const scope = await ask.text({ ...question((m) => m.policy.scope), initial: policy().scope });
  await save('policy', assign({ scope }), msg.policy.savedScope);
  const audiences = await ask.multiSelect({
    ...question((m) => m.policy.audiences),
    choices: audienceChoices(profile),
    initial: policy().audiences.length ? policy().audiences : profile.audiences.map((a) => a.id),
    min: 1,
  });
  const names = audiences.map((id) => audienceName(profile, id) ?? id);
  await save('policy', assign({ audiences }), msg.policy.savedAudiences({ names: names.join(', ') }));
  await askOtherGroups(tools);
});
