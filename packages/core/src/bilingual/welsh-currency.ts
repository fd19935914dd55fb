import type { Frozen } from '../frozen.js';
import type { Assessment } from '../schema/assessment.js';
import type { TextKey } from '../schema/welsh.js';
import { englishFingerprint } from './english-fingerprint.js';
import { type TextField, textFields } from './text-fields.js';

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
