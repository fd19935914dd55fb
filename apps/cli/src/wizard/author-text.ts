import { type Assessment, type Frozen, isWelshStale, type TextKey, textsInWelsh } from '@eqia/core';
import { uiLocale } from '../messages/ui-language.js';
import { marks } from '../output/welsh-marks.js';

/**
 * A text the author wrote, as the wizard shows it outside the box it is edited in (a list's items, the
 * choices that name them, what screening said): in English as written; in a Welsh run, as `show` and the
 * review screen show it (core's textsInWelsh, for this one field), its Welsh where written (marked when
 * written for English changed since), else the English marked as English. `key` is the field's text key
 * (`evidence/items/ev-1/title`).
 */
export function authorText(assessment: Frozen<Assessment>, key: TextKey, english: string): string {
  if (uiLocale === 'en') return english;
  const stale = new Set(isWelshStale(assessment, key) ? [key] : []);
  const field = [{ key, path: 'text', english }];
  return textsInWelsh({ text: english }, field, assessment.welsh, stale, marks).value.text;
}
