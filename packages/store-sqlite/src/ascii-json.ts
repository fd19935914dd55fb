import type Database from 'better-sqlite3';

/*
 * The checks parts are kept as ASCII JSON: every character past ASCII written as its `\u` escape (the
 * same JSON, the same value parsed). A part of generated or real data nearly always holds one (an en
 * dash in an evidence title), and one is enough to make better-sqlite3 decode the whole text from UTF-8
 * into a string of two bytes a character, which `JSON.parse` then reads: `check --all` reads every part
 * (docs/performance.md, "At 100,000").
 */

// Each UTF-16 unit past ASCII, so a character past the basic plane is escaped as its surrogate pair, as
// JSON has it (no `u` flag: several times faster on the part every save writes).
const pastAscii = /[\u0080-\uffff]/g;

const escaped = (unit: string) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The JSON text with every character past ASCII escaped (the text itself when it has none). */
export const asciiJson = (text: string): string => text.replace(pastAscii, escaped);

/** asciiJson for SQL (schema step 12): `migrate` gives each connection it runs the steps on. */
export const asciiJsonFunction = 'eqia_ascii_json';

export function addAsciiJsonFunction(db: Database.Database): void {
  db.function(asciiJsonFunction, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? asciiJson(text) : text,
  );
}
