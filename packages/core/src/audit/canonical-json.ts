import { ValidationError } from '../errors.js';

/**
 * Canonical JSON in the style of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no whitespace,
 * numbers and strings as ECMAScript's JSON.stringify writes them. The same value always gives the same
 * text, so its hash is stable across machines, stores and export → import → export.
 *
 * Object properties whose value is `undefined` are left out, as JSON has no `undefined` and a parsed copy
 * would not have them either. Anything JSON cannot carry faithfully is refused with its path:
 * `undefined` in an array or as the whole value, NaN and ±Infinity, functions, symbols, bigints and
 * objects other than plain objects and arrays (Date, Map…: convert them to strings first).
 */
export function canonicalJson(value: unknown): string {
  return write(value, []);
}

/**
 * `path` holds the keys and indices down to `value`, written out only when something is refused: an
 * event is hashed on every save and every event on every verify, and the paths were most of the garbage.
 */
function write(value: unknown, path: (string | number)[]): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) refuse(path, `${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) {
        let text = '[';
        for (let index = 0; index < value.length; index++) {
          path.push(index);
          text += `${index === 0 ? '' : ','}${write(value[index], path)}`;
          path.pop();
        }
        return `${text}]`;
      }
      if (!isPlainObject(value))
        refuse(path, `a ${value.constructor?.name ?? 'non-plain'} object is not JSON`);
      let text = '{';
      for (const key of Object.keys(value).sort()) {
        const inner = (value as Record<string, unknown>)[key];
        if (inner === undefined) continue;
        path.push(key);
        text += `${text === '{' ? '' : ','}${JSON.stringify(key)}:${write(inner, path)}`;
        path.pop();
      }
      return `${text}}`;
    }
    default:
      return refuse(path, `${typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`} is not JSON`);
  }
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function refuse(path: readonly (string | number)[], problem: string): never {
  const where = path.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');
  throw new ValidationError(`Cannot write canonical JSON: ${problem} at $${where}.`);
}
