import type { CharacteristicDefinition } from '../../schema/profile.js';
import { defineRule, type RuleViolation } from '../rule.js';

export const reasoningNotPasted = defineRule({
  id: 'reasoning-not-pasted',
  title: 'Reasoning is not pasted across characteristics',
  defaultSeverity: 'warning',
  section: 'analysis',
  scope: 'all',
  why: 'The same sentence for several characteristics shows a template filled in, not each group considered in turn with rigour and an open mind (Brown principle 3; Bracking: a focus on the precise impacts).',
  hint: 'Write each characteristic’s reasoning for that group: what in the policy could affect them and why it does or does not.',
  messages: {
    repeats: ({ characteristic, first }: { characteristic: string; first: string }) =>
      `The reasoning for ${characteristic} repeats the reasoning for ${first}.`,
  },
  evaluate: ({ assessment, characteristics, characteristicLabel, screenedOut }, say) => {
    const violations: RuleViolation[] = [];
    const firstWith = new Map<string, CharacteristicDefinition>();
    const normalise = normaliser(characteristics);
    for (const characteristic of characteristics) {
      const { id } = characteristic;
      const [text, path] = screenedOut
        ? [assessment.screening.answers[id]?.reason ?? '', `screening.answers.${id}.reason`]
        : [assessment.analysis[id]?.reasoning ?? '', `analysis.${id}.reasoning`];
      const key = normalise(text);
      if (key === '') continue;
      const first = firstWith.get(key);
      if (first) {
        violations.push({
          message: say.repeats({
            characteristic: characteristicLabel(id),
            first: characteristicLabel(first.id),
          }),
          path,
        });
      } else {
        firstWith.set(key, characteristic);
      }
    }
    return violations;
  },
});

/** Small words that labels contain ("Religion or belief"): dropped so that texts compare alike. */
const connectives = ['a', 'an', 'and', 'or', 'the', 'of', 'on', 'in', 'for', 'to'];

const words = (value: string) =>
  value
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/**
 * Compare the words only, without any characteristic's name, so that "No impact on age" matches
 * "No impact on sex", and a pasted sentence matches whichever names it mentions.
 */
function normaliser(characteristics: readonly CharacteristicDefinition[]) {
  const names = new Set([
    ...connectives,
    ...characteristics.flatMap(({ id, label }) => [...words(label), ...words(id.replaceAll('_', ' '))]),
  ]);
  return (text: string) =>
    words(text)
      .filter((word) => !names.has(word))
      .join(' ');
}
