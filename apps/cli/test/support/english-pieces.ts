import { messageTexts } from '@eqia/core';

/**
 * The English words of a catalogue's messages: each message split at its values, commands and lines; a
 * piece of two words or more, beyond flags and placeholders, is English that Welsh output must not
 * contain (a single word such as "change" may be in what authors wrote).
 */
export function englishPieces(catalogue: object): string[] {
  return [
    ...new Set(
      Object.values(messageTexts(catalogue)).flatMap((text) =>
        text
          .split(/\{\w+\}|`[^`]*`|\n/)
          .map((piece) => piece.trim())
          .filter(
            (piece) =>
              piece.length >= 10 && /[a-z]{2,}\W+[a-z]{3,}/i.test(piece.replace(/--[\w-]+|<[^>]*>/g, '')),
          ),
      ),
    ),
  ];
}
