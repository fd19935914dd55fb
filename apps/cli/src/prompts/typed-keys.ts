import type { Key } from 'ink';

/** Terminals bracket pasted text with these once bracketed paste is on (Ink hands them on without the ESC). */
const pasteStart = '[200~';
const pasteEnd = '[201~';

/** Ask the terminal to bracket pasted text, so a paste can be told from keys typed quickly. */
export const bracketedPasteOn = '\u001B[?2004h';
export const bracketedPasteOff = '\u001B[?2004l';

/**
 * Splits what the terminal sends into the keys a person pressed. Keys typed quickly, or sent by a script,
 * arrive in one read: each Enter in them is a real Enter, so "title⏎next⏎" answers two questions. Text
 * between the paste brackets is one piece of text whose line breaks stay text (a pasted paragraph must not
 * answer the next questions too).
 */
export class TypedKeys {
  private pasting = false;

  split(input: string, key: Key): [string, Key][] {
    if (input === pasteStart && !key.ctrl) {
      this.pasting = true;
      return [];
    }
    if (input === pasteEnd && !key.ctrl) {
      this.pasting = false;
      return [];
    }
    if (this.pasting) return [[input, { ...key, return: false }]];
    if (key.ctrl || key.meta || input.length < 2 || !input.includes('\r')) return [[input, key]];
    const keys: [string, Key][] = [];
    input.split('\r').forEach((text, index, parts) => {
      if (text) keys.push([text, { ...key, return: false }]);
      if (index < parts.length - 1) keys.push(['', { ...key, return: true }]);
    });
    return keys;
  }
}
