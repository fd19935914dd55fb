import type { CheckContext } from './context.js';

/**
 * Someone who shares the characteristic was heard: an engagement covering it (directly, or through a
 * stakeholder group that speaks for it), or consultation or feedback evidence covering it.
 */
export function isHeard({ assessment, profile }: CheckContext, characteristic: string): boolean {
  const engaged = assessment.engagement.some(
    (engagement) =>
      engagement.characteristics.includes(characteristic) ||
      profile.stakeholders.some(
        (s) => s.id === engagement.stakeholder && s.characteristics.includes(characteristic),
      ),
  );
  return (
    engaged ||
    assessment.evidence.items.some(
      (item) =>
        (item.kind === 'consultation' || item.kind === 'feedback') &&
        item.characteristics.includes(characteristic),
    )
  );
}
