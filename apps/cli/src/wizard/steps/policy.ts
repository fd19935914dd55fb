import { label, labelChoices } from '@eqia/core';
import { assign, audienceChoices } from './fields.js';
import { askOtherGroups } from './other-groups.js';
import { sectionStep } from './section-step.js';

/** The question after the title: a new assessment opens here, its title just given. */
export const afterTitle = { step: 'policy', question: 'Reference (optional)', label: 'Reference (optional)' };

export const policyStep = sectionStep('policy', async (tools) => {
  const { ask, save, assessment, profile, setContext } = tools;
  const policy = () => assessment().policy;
  setContext(['What is being decided, and who does it touch? Plain words: a reviewer reads this first.']);
  const title = await ask.text({
    label: 'Title of the policy, service change or decision',
    initial: policy().title,
    required: true,
  });
  await save('policy', assign({ title }), `Title: ${title}`);
  const reference = await ask.text({ label: afterTitle.label, initial: policy().reference });
  await save('policy', assign({ reference }), `Reference: ${reference || '—'}`);
  const kind = await ask.select({
    label: 'What kind of thing is it?',
    choices: labelChoices('policyKind'),
    initial: policy().kind,
  });
  await save('policy', assign({ kind }), `Kind: ${label('policyKind', kind)}`);
  const novelty = await ask.select({
    label: 'Is it new, a revision, or an existing policy assessed for the first time?',
    choices: labelChoices('policyNovelty'),
    initial: policy().novelty,
  });
  await save('policy', assign({ novelty }), `Novelty: ${label('policyNovelty', novelty)}`);
  const team = await ask.text({ label: 'Team or directorate', initial: policy().team });
  await save('policy', assign({ team }), `Team: ${team || '—'}`);
  const aims = await ask.text({
    label: 'Its aims and intended outcomes',
    initial: policy().aims,
    required: true,
  });
  await save('policy', assign({ aims }), 'Aims saved');
  const scope = await ask.text({
    label: 'Scope: what it covers and what it does not',
    initial: policy().scope,
  });
  await save('policy', assign({ scope }), 'Scope saved');
  const audiences = await ask.multiSelect({
    label: 'Who does it affect?',
    choices: audienceChoices(profile),
    initial: policy().audiences.length ? policy().audiences : profile.audiences.map((a) => a.id),
    min: 1,
  });
  const names = audiences.map((id) => profile.audiences.find((a) => a.id === id)?.label ?? id);
  await save('policy', assign({ audiences }), `Affects: ${names.join(', ')}`);
  await askOtherGroups(tools);
});
