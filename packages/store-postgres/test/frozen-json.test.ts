import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frozenJson } from '../src/frozen-json.js';

const everyObjectFrozen = (value: unknown): boolean =>
  typeof value !== 'object' ||
  value === null ||
  (Object.isFrozen(value) && Object.values(value).every(everyObjectFrozen));

describe('frozenJson', () => {
  it('freezes whatever JSON.parse made all the way down, and changes nothing in it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const frozen = frozenJson(JSON.parse(text));
        expect(everyObjectFrozen(frozen)).toBe(true);
        expect(JSON.stringify(frozen)).toBe(text);
      }),
    );
  });

  it('freezes a key named __proto__ as JSON.parse made it, an own property', () => {
    const frozen = frozenJson(JSON.parse('{"__proto__": {"roles": ["author"]}}'));
    expect(Object.isFrozen(Object.getOwnPropertyDescriptor(frozen, '__proto__')?.value)).toBe(true);
  });
});
