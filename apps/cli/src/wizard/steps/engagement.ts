import type { Engagement } from '@eqia/core';
import { msg } from '../../messages/ui-language.js';
import { authorText } from '../author-text.js';
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
  describe: (entry, { assessment }) =>
    `${authorText(assessment(), `engagement/${entry.id}/who`, entry.who)}${entry.date ? ` (${entry.date})` : ''}`,
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
      : await ask.text({ id: at('who'), label: msg.engagement.who, initial: entry()?.who, required: true });
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
      msg.engagement.saved({ id, note }),
    );
  await keep({ who }, who);
  const groups = affectedGroupChoices(assessment(), profile);
  const audience = await ask.select({
    id: at('audience'),
    label: msg.engagement.audience,
    choices: groups,
    ...(entry()?.audience && { initial: entry()?.audience }),
  });
  await keep(
    { audience },
    msg.engagement.savedWith({ group: groups.find((group) => group.value === audience)?.label ?? audience }),
  );
  const date = await ask.text({
    id: at('date'),
    label: msg.engagement.date,
    initial: entry()?.date ?? '',
    validate: validateDate,
  });
  await keep(date ? { date } : { date: undefined }, msg.engagement.savedDate({ date }));
  const method = await ask.text({
    id: at('method'),
    label: msg.engagement.method,
    initial: entry()?.method,
  });
  await keep({ method }, msg.engagement.savedMethod({ method }));
  const characteristics = await ask.multiSelect({
    id: at('characteristics'),
    label: msg.engagement.characteristics,
    choices: characteristicChoices(profile),
    initial: entry()?.characteristics ?? [],
  });
  await keep({ characteristics }, msg.engagement.savedCharacteristics({ n: characteristics.length }));
  const whatTheySaid = await ask.text({
    id: at('said'),
    label: msg.engagement.said,
    initial: entry()?.whatTheySaid,
    required: true,
  });
  await keep({ whatTheySaid }, msg.engagement.savedSaid);
  const whatChanged = await ask.text({
    id: at('changed'),
    label: msg.engagement.changed,
    initial: entry()?.whatChanged,
  });
  await keep({ whatChanged }, msg.engagement.savedChanged);
}

export const engagementStep = sectionStep('engagement', async (tools) => {
  const { assessment, profile, setContext } = tools;
  for (;;) {
    const engagement = assessment().engagement;
    setContext([msg.engagement.guidance]);
    const next = await listMenu(tools, [engagements], {
      id: 'engagement.menu',
      label: msg.engagement.menu({ n: engagement.length }),
      choices: [
        ...profile.stakeholders.map((stakeholder) => ({
          value: stakeholder.id,
          label: msg.engagement.addGroup({ name: stakeholder.name }),
        })),
        { value: someoneElse, label: msg.engagement.addSomeoneElse },
        { value: done, label: msg.engagement.done },
      ],
    });
    if (next === done) return;
    if (next === again) continue;
    await engagementForm(tools, undefined, next === someoneElse ? undefined : next);
  }
});
