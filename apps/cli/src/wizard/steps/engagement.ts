import { characteristicChoices, done, nextId, validateDate } from './fields.js';
import { sectionStep } from './section-step.js';

const someoneElse = '_other';

export const engagementStep = sectionStep(
  'engagement',
  async ({ ask, save, assessment, profile, setContext }) => {
    for (;;) {
      const engagement = assessment().engagement;
      setContext([
        'Who did you ask, what did they say, and what changed because of it (Gunning, Bracking)?',
        ...engagement.slice(-3).map((entry) => `  ${entry.who}${entry.date ? ` (${entry.date})` : ''}`),
      ]);
      const next = await ask.select({
        label: `${engagement.length} engagement${engagement.length === 1 ? '' : 's'} recorded. Add one?`,
        choices: [
          ...profile.stakeholders.map((stakeholder) => ({
            value: stakeholder.id,
            label: stakeholder.name,
            hint: stakeholder.characteristics.join(', '),
          })),
          { value: someoneElse, label: 'Someone else' },
          { value: done, label: 'Done with engagement' },
        ],
        initial: done,
      });
      if (next === done) return;
      const stakeholder = profile.stakeholders.find((candidate) => candidate.id === next);
      const who = stakeholder
        ? stakeholder.name
        : await ask.text({ label: 'Who was engaged?', required: true });
      const date = await ask.text({ label: 'When (YYYY-MM-DD, empty if ongoing)', validate: validateDate });
      const method = await ask.text({ label: 'How (workshop, survey, meeting…)' });
      const characteristics = await ask.multiSelect({
        label: 'Which characteristics did they speak for?',
        choices: characteristicChoices(profile),
        initial: stakeholder?.characteristics ?? [],
      });
      const whatTheySaid = await ask.text({ label: 'What did they say?', required: true });
      const whatChanged = await ask.text({ label: 'What changed as a result?' });
      const id = nextId(
        'eng',
        engagement.map((entry) => entry.id),
      );
      await save(
        'engagement',
        (draft) => {
          draft.push({
            id,
            ...(stakeholder && { stakeholder: stakeholder.id }),
            who,
            ...(date && { date }),
            method,
            characteristics,
            whatTheySaid,
            whatChanged,
          });
        },
        `Engagement: ${who}`,
      );
    }
  },
);
