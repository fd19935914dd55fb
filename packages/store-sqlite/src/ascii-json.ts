import type Database from 'better-sqlite3';

/*
 * The checks parts are kept as ASCII JSON: every character past ASCII written as its `\u` escape (the
 * same JSON, the same value parsed). A part of generated or real data nearly always holds one (an en
 * dash in an evidence title), and one is enough to make better-sqlite3 decode the whole text from UTF-8
 * into a string of two bytes a character, which `JSON.parse` then reads: `check --all` reads every part
 * (docs/performance.md, "At 100,000").
 */

const pastAscii = /[\u{80}-\u{10ffff}]/gu;

/** The JSON text with every character past ASCII escaped; the text itself when it has none. */
export function asciiJson(text: string): string {
  pastAscii.lastIndex = 0;
  if (!pastAscii.test(text)) return text;
  return text.replace(pastAscii, (character) => {
    let escaped = '';
    // Each UTF-16 unit: a character past the basic plane is escaped as its surrogate pair, as JSON has it.
    for (let unit = 0; unit < character.length; unit++)
      escaped += `\\u${character.charCodeAt(unit).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}

/** asciiJson for SQL (schema step 12): `migrate` gives each connection it runs the steps on. */
export const asciiJsonFunction = 'eqia_ascii_json';

export function addAsciiJsonFunction(db: Database.Database): void {
  db.function(asciiJsonFunction, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? asciiJson(text) : text,
  );
}
