import { type Told, ValidationError } from '../errors.js';

/**
 * Text read as JSON, with a sentence of eqia's own when it is not: where the first thing wrong is (line
 * and column, counted from 1), or that it is empty or ends too soon. Node's own words ("Unexpected token
 * 'o', "notjson" is not valid JSON") differ between versions and are English only; these are told as
 * data (`jsonEmpty`, `jsonBroken`, `jsonUnfinished`), so a client can say them in its user's language.
 */

type Where = { line: string; column: string };

/** What is wrong with text that is not JSON, in English: the end of a sentence naming it. */
export const englishJsonFaults = {
  jsonEmpty: 'it is empty',
  jsonBroken: ({ line, column }: Where) => `the first thing wrong is at line ${line}, column ${column}`,
  jsonUnfinished: ({ line, column }: Where) =>
    `it stops at line ${line}, column ${column}, before what it opened is closed`,
};

export type JsonFaultWords = typeof englishJsonFaults;

/** The words of a sentence about text that is not JSON: `what` (an English subject) then the fault. */
export const englishJsonWords = {
  ...englishJsonFaults,
  notJson: ({ what, fault }: { what: string; fault: string }) => `${what} is not JSON: ${fault}.`,
};

/** Where text stops being JSON, as data; undefined when it is JSON. */
export function jsonFault(text: string): Told | undefined {
  const at = breakIn(text);
  if (at === undefined) return undefined;
  if (text.trim() === '') return { id: 'jsonEmpty', values: {} };
  const before = text.slice(0, Math.min(at, text.length)).split('\n');
  const values = { line: String(before.length), column: String((before.at(-1)?.length ?? 0) + 1) };
  return { id: at >= text.length ? 'jsonUnfinished' : 'jsonBroken', values };
}

/** Where text that JSON.parse refused stops being JSON (its start, should the scan ever disagree). */
export const notJsonAt = (text: string): Told =>
  jsonFault(text) ?? { id: 'jsonBroken', values: { line: '1', column: '1' } };

/** A fault's words in a language (English unless given). */
export function jsonFaultWords(fault: Told, words: JsonFaultWords = englishJsonFaults): string {
  const said = words[fault.id as keyof JsonFaultWords];
  return typeof said === 'function' ? said(fault.values as Where) : said;
}

/**
 * The value of JSON text, or a ValidationError: "`what` is not JSON: the first thing wrong is at line 1,
 * column 2." `what` is the subject of the sentence ("The export", "The assessment record a.json").
 */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const fault = notJsonAt(text);
    const message = englishJsonWords.notJson({ what, fault: jsonFaultWords(fault) });
    throw new ValidationError(message, [], {
      cause: error,
      told: { id: fault.id, values: { ...fault.values, what } },
    });
  }
}

const whitespace = new Set([' ', '\t', '\n', '\r']);
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const isDigit = (character: string | undefined) =>
  character !== undefined && character >= '0' && character <= '9';

/** The offset of the first character JSON.parse refuses (text.length when the text ends too soon). */
function breakIn(text: string): number | undefined {
  let index = 0;
  const skip = () => {
    while (index < text.length && whitespace.has(text[index] as string)) index++;
  };
  const fail = (): never => {
    throw index;
  };
  const expect = (character: string) => {
    if (text[index] !== character) fail();
    index++;
  };
  const string = () => {
    expect('"');
    for (;;) {
      const character = text[index];
      if (character === undefined || character < ' ') fail();
      index++;
      if (character === '"') return;
      if (character !== '\\') continue;
      const escaped = text[index];
      if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 1, index + 5))) index += 5;
      else if (escaped !== undefined && escapes.has(escaped)) index++;
      else fail();
    }
  };
  const member = () => {
    string();
    skip();
    expect(':');
    value();
  };
  const value = (): void => {
    skip();
    const character = text[index];
    if (character === '{') members('}', member);
    else if (character === '[') members(']', value);
    else if (character === '"') string();
    else if (character === 't') word('true');
    else if (character === 'f') word('false');
    else if (character === 'n') word('null');
    else number();
  };
  const digits = () => {
    if (!isDigit(text[index])) fail();
    while (isDigit(text[index])) index++;
  };
  const number = () => {
    if (text[index] === '-') index++;
    if (text[index] === '0') index++;
    else digits();
    if (text[index] === '.') {
      index++;
      digits();
    }
    if (text[index] === 'e' || text[index] === 'E') {
      index++;
      if (text[index] === '+' || text[index] === '-') index++;
      digits();
    }
  };
  const word = (letters: string) => {
    for (const letter of letters) expect(letter);
  };
  const members = (close: string, each: () => void) => {
    index++;
    skip();
    if (text[index] === close) {
      index++;
      return;
    }
    for (;;) {
      skip();
      each();
      skip();
      if (text[index] === close) {
        index++;
        return;
      }
      expect(',');
    }
  };
  try {
    value();
    skip();
    return index < text.length ? index : undefined;
  } catch (at) {
    // Nesting too deep for the stack (JSON.parse's own limit is higher): where the scan had got to.
    return typeof at === 'number' ? at : index;
  }
}
