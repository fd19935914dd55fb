import { label, labelChoices, profileCharacteristics } from '@eqia/core';
import { sectionStep } from './section-step.js';

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
      const relevance = await ask.select({
        id: `screening.${characteristic.id}.relevance`,
        label: `Is the policy relevant to ${characteristic.label.toLowerCase()}?`,
        choices: labelChoices('relevance'),
        ...(current && { initial: current.relevance }),
      });
      await save(
        'screening',
        (draft) => {
          draft.answers[characteristic.id] = { relevance, reason: current?.reason ?? '' };
        },
        `Screening ${characteristic.label}: ${label('relevance', relevance)}`,
      );
      const reason = await ask.text({
        id: `screening.${characteristic.id}.reason`,
        label: 'Why? (one sentence, specific to this characteristic)',
        initial: current?.reason ?? '',
        required: true,
      });
      await save(
        'screening',
        (draft) => {
          draft.answers[characteristic.id] = { relevance, reason };
        },
        `Screening ${characteristic.label}: reason saved`,
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
      choices: labelChoices('screeningDecision'),
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
