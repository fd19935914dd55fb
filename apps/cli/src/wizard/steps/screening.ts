import { profileCharacteristics, type Relevance } from '@eqia/core';
import { sectionStep } from './section-step.js';

const relevanceChoices = [
  { value: 'yes', label: 'Yes, it is relevant' },
  { value: 'no', label: 'No, it is not relevant' },
  { value: 'unsure', label: 'Unsure: find out' },
] as const;

export const screeningStep = sectionStep(
  'screening',
  async ({ ask, save, screen, assessment, profile, setContext }) => {
    const characteristics = profileCharacteristics(profile);
    for (const [index, characteristic] of characteristics.entries()) {
      const current = assessment().screening.answers[characteristic.id];
      setContext([
        `Screening ${index + 1} of ${characteristics.length}: ${characteristic.label}`,
        ...characteristic.prompts.slice(0, 2).map((prompt) => `  • ${prompt}`),
      ]);
      const relevance = await ask.select<Relevance>({
        label: `Is the policy relevant to ${characteristic.label.toLowerCase()}?`,
        choices: relevanceChoices,
        ...(current && { initial: current.relevance }),
      });
      const reason = await ask.text({
        label: 'Why? (one sentence, specific to this characteristic)',
        initial: current?.reason ?? '',
        required: true,
      });
      await save(
        'screening',
        (draft) => {
          draft.answers[characteristic.id] = { relevance, reason };
        },
        `Screening ${characteristic.label}: ${relevance}`,
      );
    }
    const decision = assessment().screening.decision;
    const anyRelevant = Object.values(assessment().screening.answers).some(
      (answer) => answer.relevance !== 'no',
    );
    setContext([
      anyRelevant
        ? 'Some characteristics are relevant or unsure: a full assessment is expected.'
        : 'Nothing looks relevant: you may screen out, with a rationale a senior approver will check.',
    ]);
    const kind = await ask.select({
      label: 'Screening decision',
      choices: [
        { value: 'full_assessment', label: 'Carry out a full assessment' },
        { value: 'not_required', label: 'A full assessment is not required (screen out)' },
      ] as const,
      initial: decision?.kind ?? (anyRelevant ? 'full_assessment' : 'not_required'),
    });
    const rationale = await ask.text({
      label: 'The rationale for this decision',
      initial: decision?.rationale ?? '',
      required: true,
    });
    if (decision?.kind !== kind || decision.rationale !== rationale) await screen({ kind, rationale });
  },
);
