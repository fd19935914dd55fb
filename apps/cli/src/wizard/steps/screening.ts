import { profileCharacteristics } from '@eqia/core';
import { msg, question } from '../../messages/ui-language.js';
import { uiWords } from '../../messages/ui-words.js';
import { sectionStep } from './section-step.js';

export const screeningStep = sectionStep(
  'screening',
  async ({ ask, save, screen, assessment, profile, setContext }) => {
    const characteristics = profileCharacteristics(profile);
    const words = uiWords();
    for (const [index, characteristic] of characteristics.entries()) {
      const current = assessment().screening.answers[characteristic.id];
      const named = words.characteristic(characteristic);
      setContext([
        msg.screening.progress({ n: index + 1, of: characteristics.length, characteristic: named.label }),
        ...named.prompts.slice(0, 2).map((prompt) => `  • ${prompt}`),
      ]);
      const relevance = await ask.select({
        id: `screening.${characteristic.id}.relevance`,
        label: msg.screening.relevant({ characteristic: named.label.toLowerCase() }),
        choices: words.labelChoices('relevance'),
        ...(current && { initial: current.relevance }),
      });
      await save(
        'screening',
        (draft) => {
          draft.answers[characteristic.id] = { relevance, reason: current?.reason ?? '' };
        },
        msg.screening.savedRelevance({
          characteristic: named.label,
          relevance: words.label('relevance', relevance),
        }),
      );
      const reason = await ask.text({
        id: `screening.${characteristic.id}.reason`,
        label: msg.screening.why,
        initial: current?.reason ?? '',
        required: true,
      });
      await save(
        'screening',
        (draft) => {
          draft.answers[characteristic.id] = { relevance, reason };
        },
        msg.screening.savedReason({ characteristic: named.label }),
      );
    }
    const decision = assessment().screening.decision;
    const anyRelevant = Object.values(assessment().screening.answers).some(
      (answer) => answer.relevance !== 'no',
    );
    setContext([anyRelevant ? msg.screening.someRelevant : msg.screening.noneRelevant]);
    const kind = await ask.select({
      ...question((m) => m.screening.decision),
      choices: words.labelChoices('screeningDecision'),
      initial: decision?.kind ?? (anyRelevant ? 'full_assessment' : 'not_required'),
    });
    const rationale = await ask.text({
      ...question((m) => m.screening.rationale),
      initial: decision?.rationale ?? '',
      required: true,
    });
    if (decision?.kind !== kind || decision.rationale !== rationale) await screen({ kind, rationale });
  },
);
