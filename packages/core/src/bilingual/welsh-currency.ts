import type { Frozen } from '../frozen.js';
import type { Assessment } from '../schema/assessment.js';
import type { TextKey } from '../schema/welsh.js';
import { type TextField, textFields } from './text-fields.js';

/**
 * A short fingerprint of an English text, kept beside the Welsh version written for it
 * (`assessment.welshOf`): when the English changes, its fingerprint does, and the Welsh is out of date.
 * FNV-1a (32 bits) rather than a cryptographic hash: it only has to notice a change, synchronously, in
 * the browser too. Surrounding space is ignored, as the checks ignore it.
 */
export function englishFingerprint(english: string): string {
  let hash = 0x811c9dc5;
  const text = english.trim();
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The text fields whose Welsh version was written for English that has changed since: what the wizard
 * and a report mark as out of date, and `welsh-text-current` flags. A Welsh version written before eqia
 * kept fingerprints has none, and counts as current (nothing says otherwise).
 */
export function staleWelsh(assessment: Frozen<Assessment>): TextField[] {
  const { welsh = {}, welshOf = {} } = assessment;
  return textFields(assessment).filter(({ key, english }) => {
    const written = welshOf[key];
    return (
      written !== undefined && (welsh[key] ?? '').trim() !== '' && written !== englishFingerprint(english)
    );
  });
}

/** Whether the Welsh version of one text field is out of date with its English. */
export const isWelshStale = (assessment: Frozen<Assessment>, key: TextKey): boolean =>
  staleWelsh(assessment).some((field) => field.key === key);
