import { label, profileCharacteristics } from '@eqia/core';
import { assign, characteristicChoices, done, nextId } from './fields.js';
import { askImpact } from './impact-questions.js';
import { sectionStep } from './section-step.js';

export const intersectionalityStep = sectionStep('intersectionality', async (tools) => {
  const { ask, save, assessment, profile, setContext } = tools;
  const withImpacts = Object.entries(assessment().analysis)
    .filter(([, analysis]) => analysis.impacts.length > 0)
    .map(([id]) => id);
  for (;;) {
    const { impacts } = assessment().intersectionality;
    setContext([
      'Overlapping identities can face a combined disadvantage no single characteristic shows.',
      `Characteristics with impacts: ${withImpacts.join(', ') || 'none'}. ${impacts.length} intersectional impact${impacts.length === 1 ? '' : 's'} so far.`,
    ]);
    const next = await ask.select({
      label: 'Intersectional impacts',
      choices: [
        { value: 'add', label: 'Add an intersectional impact' },
        { value: 'none', label: 'None found: say why' },
        { value: done, label: 'Done' },
      ],
      initial:
        impacts.length || assessment().intersectionality.noneFoundReasoning
          ? done
          : withImpacts.length >= 2
            ? 'add'
            : 'none',
    });
    if (next === done) break;
    if (next === 'none') {
      const noneFoundReasoning = await ask.text({
        label: 'Why is there no intersectional impact?',
        initial: assessment().intersectionality.noneFoundReasoning,
        required: true,
      });
      await save('intersectionality', assign({ noneFoundReasoning }), 'Intersectionality: none found');
      continue;
    }
    const members = await ask.multiSelect({
      label: 'Which characteristics combine?',
      choices: characteristicChoices(profile),
      min: 2,
    });
    const id = nextId(
      'imp-int',
      impacts.map((impact) => impact.id),
    );
    const aimsOf = new Set(
      profileCharacteristics(profile)
        .filter((c) => members.includes(c.id))
        .flatMap((c) => c.aims),
    );
    const impact = await askImpact(tools, { id, aims: [...aimsOf] });
    await save(
      'intersectionality',
      (draft) => {
        draft.impacts.push({
          ...impact,
          members: members.map((characteristic) => ({ characteristic, subgroup: '' })),
        });
      },
      `Intersection ${members.join(' × ')}: ${label('impactDirection', impact.direction)}`,
    );
  }
  const cumulativeImpact = await ask.text({
    label: 'Cumulative impact: how does it combine with related policies? (optional)',
    initial: assessment().intersectionality.cumulativeImpact,
  });
  await save('intersectionality', assign({ cumulativeImpact }), 'Cumulative impact saved');
});
