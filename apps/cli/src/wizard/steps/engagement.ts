import type { Engagement } from '@eqia/core';
import type { StepTools } from '../step.js';
import { affectedGroupChoices, characteristicChoices, done, nextId, validateDate } from './fields.js';
import { again, type EditableList, fieldId, listMenu, saveItem } from './list-editor.js';
import { sectionStep } from './section-step.js';

const someoneElse = '_other';

const engagements: EditableList<'engagement', Engagement> = {
  section: 'engagement',
  list: 'engagement',
  items: (engagement) => engagement,
  path: 'engagement',
  noun: 'engagement',
  describe: (entry) => `${entry.who}${entry.date ? ` (${entry.date})` : ''}`,
  form: (tools, existing) => engagementForm(tools, existing),
};

/** One engagement: with a stakeholder group of the profile (`with`), someone else, or one already kept. */
async function engagementForm(tools: StepTools, existing?: string, withGroup?: string): Promise<void> {
  const { ask, assessment, profile } = tools;
  const id =
    existing ??
    nextId(
      'eng',
      assessment().engagement.map((entry) => entry.id),
    );
  const entry = () => assessment().engagement.find((candidate) => candidate.id === id);
  const at = (field: string) => fieldId('engagement', entry() && id, field);
  const stakeholder = profile.stakeholders.find((s) => s.id === (withGroup ?? entry()?.stakeholder));
  const who =
    stakeholder && !entry()
      ? stakeholder.name
      : await ask.text({ id: at('who'), label: 'Who was engaged?', initial: entry()?.who, required: true });
  const keep = (patch: Partial<Engagement>, note: string) =>
    saveItem(
      tools,
      engagements,
      {
        id,
        create: () => ({
          id,
          ...(stakeholder && { stakeholder: stakeholder.id }),
          who,
          method: '',
          characteristics: stakeholder?.characteristics ?? [],
          whatTheySaid: '',
          whatChanged: '',
        }),
      },
      patch,
      `Engagement [${id}]: ${note}`,
    );
  await keep({ who }, who);
  const groups = affectedGroupChoices(assessment(), profile);
  const audience = await ask.select({
    id: at('audience'),
    label: 'Which group affected by the policy do they belong to?',
    choices: groups,
    ...(entry()?.audience && { initial: entry()?.audience }),
  });
  await keep({ audience }, `with ${groups.find((group) => group.value === audience)?.label ?? audience}`);
  const date = await ask.text({
    id: at('date'),
    label: 'When (YYYY-MM-DD, empty if ongoing)',
    initial: entry()?.date ?? '',
    validate: validateDate,
  });
  await keep(date ? { date } : { date: undefined }, `date ${date || 'ongoing'}`);
  const method = await ask.text({
    id: at('method'),
    label: 'How (workshop, survey, meeting…)',
    initial: entry()?.method,
  });
  await keep({ method }, `method ${method || '—'}`);
  const characteristics = await ask.multiSelect({
    id: at('characteristics'),
    label: 'Which characteristics did they speak for?',
    choices: characteristicChoices(profile),
    initial: entry()?.characteristics ?? [],
  });
  await keep({ characteristics }, `${characteristics.length} characteristic(s)`);
  const whatTheySaid = await ask.text({
    id: at('said'),
    label: 'What did they say?',
    initial: entry()?.whatTheySaid,
    required: true,
  });
  await keep({ whatTheySaid }, 'what they said saved');
  const whatChanged = await ask.text({
    id: at('changed'),
    label: 'What changed as a result?',
    initial: entry()?.whatChanged,
  });
  await keep({ whatChanged }, 'what changed saved');
}

export const engagementStep = sectionStep('engagement', async (tools) => {
  const { assessment, profile, setContext } = tools;
  for (;;) {
    const engagement = assessment().engagement;
    setContext(['Who did you ask, what did they say, and what changed because of it (Gunning, Bracking)?']);
    const next = await listMenu(tools, [engagements], {
      id: 'engagement.menu',
      label: `${engagement.length} engagement${engagement.length === 1 ? '' : 's'} recorded. Add one?`,
      choices: [
        ...profile.stakeholders.map((stakeholder) => ({
          value: stakeholder.id,
          label: `Add: ${stakeholder.name}`,
        })),
        { value: someoneElse, label: 'Add: someone else' },
        { value: done, label: 'Done with engagement' },
      ],
    });
    if (next === done) return;
    if (next === again) continue;
    await engagementForm(tools, undefined, next === someoneElse ? undefined : next);
  }
});
