import { type IntersectionalImpact, inSentence, profileCharacteristics } from '@eqia/core';
import { msg, uiLabel } from '../../messages/ui-language.js';
import type { StepTools } from '../step.js';
import { assign, characteristicChoices, characteristicName, done, nextId } from './fields.js';
import { impactForm } from './impact-form.js';
import { again, type EditableList, fieldId, listMenu, saveItem } from './list-editor.js';
import { sectionStep } from './section-step.js';

/** The combinations of characteristics with a combined impact. */
const combinations: EditableList<'intersectionality', IntersectionalImpact> = {
  section: 'intersectionality',
  list: 'combinations',
  items: (section) => section.impacts,
  path: 'intersectionality.impacts',
  noun: 'combination',
  describe: (impact, { profile }) =>
    `${impact.members.map((m) => characteristicName(profile, m.characteristic)).join(' × ')}: ${inSentence(uiLabel('impactDirection', impact.direction))}`,
  async form(tools: StepTools, existing?: string) {
    const { ask, assessment, profile } = tools;
    const impacts = () => assessment().intersectionality.impacts;
    const id =
      existing ??
      nextId(
        'imp-int',
        impacts().map((impact) => impact.id),
      );
    const current = () => impacts().find((impact) => impact.id === id);
    const chosen = await ask.multiSelect({
      id: fieldId(combinations.path, current() && id, 'members'),
      label: msg.intersectionality.members,
      choices: characteristicChoices(profile),
      initial: current()?.members.map((m) => m.characteristic) ?? [],
      min: 2,
    });
    const members = chosen.map((characteristic) => ({
      characteristic,
      subgroup: current()?.members.find((m) => m.characteristic === characteristic)?.subgroup ?? '',
    }));
    if (current())
      await saveItem(
        tools,
        combinations,
        { id, create: () => current() as never },
        { members },
        msg.intersectionality.savedMembers({ id }),
      );
    const aims = new Set(
      profileCharacteristics(profile)
        .filter((c) => chosen.includes(c.id))
        .flatMap((c) => c.aims),
    );
    await impactForm(tools, combinations, { id, aims: [...aims], extra: { members } });
  },
};

export const intersectionalityStep = sectionStep('intersectionality', async (tools) => {
  const { ask, save, assessment, profile, setContext } = tools;
  const withImpacts = Object.entries(assessment().analysis)
    .filter(([, analysis]) => analysis.impacts.length > 0)
    .map(([id]) => characteristicName(profile, id).toLowerCase());
  for (;;) {
    const { impacts, noneFoundReasoning } = assessment().intersectionality;
    setContext([
      msg.intersectionality.guidance,
      msg.intersectionality.soFar({ characteristics: withImpacts.join(', '), n: impacts.length }),
    ]);
    const next = await listMenu(tools, [combinations], {
      id: 'intersectionality.menu',
      label: msg.intersectionality.menu,
      choices: [
        { value: 'add', label: msg.intersectionality.add },
        { value: 'none', label: msg.intersectionality.none },
        { value: done, label: msg.intersectionality.done },
      ],
      initial: impacts.length || noneFoundReasoning ? done : withImpacts.length >= 2 ? 'add' : 'none',
      answered: Boolean(noneFoundReasoning),
    });
    if (next === again) continue;
    if (next === done) break;
    if (next === 'add') {
      await combinations.form(tools);
      continue;
    }
    const reasoning = await ask.text({
      id: 'intersectionality.noneFoundReasoning',
      label: msg.intersectionality.whyNone,
      initial: noneFoundReasoning,
      required: true,
    });
    await save(
      'intersectionality',
      assign({ noneFoundReasoning: reasoning }),
      msg.intersectionality.savedNone,
    );
  }
  const cumulativeImpact = await ask.text({
    id: 'intersectionality.cumulativeImpact',
    label: msg.intersectionality.cumulative,
    initial: assessment().intersectionality.cumulativeImpact,
  });
  await save('intersectionality', assign({ cumulativeImpact }), msg.intersectionality.savedCumulative);
});
