import { labelChoices } from '@eqia/core';
import { characteristicChoices, done, nextId, validatePartialDate } from './fields.js';
import { sectionStep } from './section-step.js';

export const evidenceStep = sectionStep(
  'evidence',
  async ({ ask, save, assessment, profile, setContext }) => {
    for (;;) {
      const { items, gaps } = assessment().evidence;
      setContext([
        'What do you know about the people affected, and what do you not know yet (Bridges: find out)?',
        `${items.length} evidence item${items.length === 1 ? '' : 's'}, ${gaps.length} data gap${gaps.length === 1 ? '' : 's'} so far.`,
        ...items.slice(-3).map((item) => `  [${item.id}] ${item.title}`),
      ]);
      const next = await ask.select({
        label: 'Add evidence or a data gap?',
        choices: [
          { value: 'evidence', label: 'Add an evidence item' },
          { value: 'gap', label: 'Add a data gap: something not known' },
          { value: done, label: 'Done with evidence' },
        ],
        initial: done,
      });
      if (next === done) return;
      if (next === 'evidence') {
        const kind = await ask.select({
          label: 'Kind of evidence',
          choices: labelChoices('evidenceKind'),
        });
        const title = await ask.text({ label: 'Title', required: true });
        const source = await ask.text({ label: 'Source or URL' });
        const date = await ask.text({
          label: 'Date of the evidence (2021, 2021-03 or 2021-03-31; empty if unknown)',
          validate: validatePartialDate,
        });
        const characteristics = await ask.multiSelect({
          label: 'Which characteristics does it cover?',
          choices: characteristicChoices(profile),
        });
        const summary = await ask.text({ label: 'What does it say? (summary)' });
        const limitations = await ask.text({
          label: 'How far can it be trusted? (sample size, age, who it leaves out)',
        });
        const id = nextId(
          'ev',
          items.map((item) => item.id),
        );
        await save(
          'evidence',
          (draft) => {
            draft.items.push({
              id,
              kind,
              title,
              source,
              url: /^https?:/.test(source) ? source : '',
              ...(date && { date }),
              characteristics,
              summary,
              limitations,
            });
          },
          `Evidence [${id}]: ${title}`,
        );
      } else {
        const description = await ask.text({ label: 'What is not known?', required: true });
        const characteristics = await ask.multiSelect({
          label: 'For which characteristics?',
          choices: characteristicChoices(profile),
          min: 1,
        });
        const id = nextId(
          'gap',
          gaps.map((gap) => gap.id),
        );
        await save(
          'evidence',
          (draft) => {
            draft.gaps.push({ id, description, characteristics, actionIds: [] });
          },
          `Data gap [${id}]: ${description}`,
        );
      }
    }
  },
);
