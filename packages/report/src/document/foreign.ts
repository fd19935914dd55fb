import { languageTag, type Profile, profileInWelsh } from '@eqia/core';
import type { AssessmentLanguage } from '../language/report-language.js';
import type { Inline } from './blocks.js';

/*
 * In a Welsh report, what the organisation or an author wrote in English (the profile's own words, a text
 * with no Welsh version) is marked as English wherever it is placed, whole or inside a sentence, so a
 * screen reader switches voice for it (HTML `lang="en-GB"`, Word's run language; Markdown keeps a span).
 */

/**
 * The profile as a report in a language shows it: in Welsh, each of its texts in its Welsh where the
 * profile has it (core's `profileInWelsh`), the English left (`english`), which the report marks, and the
 * Welsh written for English changed since (`stale`), which it says is out of date.
 */
export function profileIn(
  profile: Profile,
  lang: AssessmentLanguage,
): { profile: Profile; english: string[]; stale: string[] } {
  if (lang.locale === 'en') return { profile, english: [], stale: [] };
  const shown = profileInWelsh(profile);
  return { profile: shown.profile, english: shown.untranslated, stale: shown.stale };
}

const wordCharacter = /[\p{L}\p{N}]/u;

/** Where `piece` stands as whole words in `text` (not inside a longer word), or -1. */
function wordAt(text: string, piece: string, from = 0): number {
  const at = text.indexOf(piece, from);
  if (at === -1) return -1;
  const before = text[at - 1];
  const after = text[at + piece.length];
  const whole =
    (before === undefined || !wordCharacter.test(before)) &&
    (after === undefined || !wordCharacter.test(after));
  return whole ? at : wordAt(text, piece, at + 1);
}

/**
 * A text with the English texts in it marked as English: "Asesiad …: Video by default" becomes
 * ["Asesiad …: ", { text: "Video by default", lang: "en-GB" }]. The longest text is looked for first,
 * so a short one is never cut out of a longer one.
 */
export function markedParts(text: string, english: readonly string[]): Inline[] {
  for (const piece of english) {
    const at = wordAt(text, piece);
    if (at === -1) continue;
    const rest = english.filter((other) => other !== piece);
    return [
      ...(at > 0 ? markedParts(text.slice(0, at), rest) : []),
      { text: piece, lang: languageTag.en },
      ...(at + piece.length < text.length ? markedParts(text.slice(at + piece.length), english) : []),
    ];
  }
  return [text];
}

/** Inline content with the English texts in it marked (see markedParts); links are left as they are. */
export function markInlines(content: Inline | Inline[], english: readonly string[]): Inline | Inline[] {
  if (english.length === 0) return content;
  const parts = (Array.isArray(content) ? content : [content]).flatMap((part) =>
    typeof part === 'string' ? markedParts(part, english) : [part],
  );
  return Array.isArray(content) || parts.length !== 1 ? parts : (parts[0] as Inline);
}

/** The English texts to look for, longest first, each once. */
export const englishTexts = (...groups: Iterable<string>[]): string[] =>
  [...new Set(groups.flatMap((group) => [...group]))]
    .filter((text) => text.trim() !== '')
    .sort((a, b) => b.length - a.length);
