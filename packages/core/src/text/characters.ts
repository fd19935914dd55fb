/**
 * Characters that change how text around them displays without being seen themselves. The bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) can make "Invoice \u202Egnp.exe" read
 * "Invoice exe.png" (Trojan Source); control characters can move a terminal's cursor or ring its bell.
 * Every output either removes them (HTML and Word, which isolate text instead) or shows them (terminal,
 * CSV, Markdown). The marks U+200E, U+200F and U+061C stay: they only steer neutral characters.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const invisible = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Hebrew, Arabic, Syriac, Thaana, NKo and the other right-to-left scripts, and their presentation forms. */
const rightToLeft = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;

export function withoutBidiControls(text: string): string {
  return text.replace(bidiControls, '');
}

/** Whether text has right-to-left letters, so a renderer isolates it from the text around it. */
export function hasRightToLeft(text: string): boolean {
  return rightToLeft.test(text);
}

/**
 * Every control and bidirectional control character written as a visible "⟨U+202E⟩", except those in
 * `keep` (line feed and tab by default), so a terminal or a spreadsheet shows what is there.
 */
export function showInvisible(text: string, keep = '\n\t'): string {
  return text.replace(invisible, (char) =>
    keep.includes(char) ? char : `⟨U+${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}
