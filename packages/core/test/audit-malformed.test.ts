import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, type RecordedEvent, recordEvent, verifyChain } from '../src/index.js';

// A log read back from a store or an import may be anything: verifying it answers, never throws.

const verify = (entries: unknown[]) => verifyChain(entries as RecordedEvent[]);
// Made in each test, not when the file loads, so mutation testing sees which tests hash.
const firstEntry = () => recordEvent(undefined, { type: 'create' });

describe('verifying a malformed log', () => {
  it('reports an entry that is not a log entry, wherever it is', () => {
    const first = firstEntry();
    for (const junk of [null, undefined, 'entry', 7, {}, { ...first, hash: 7 }]) {
      expect(verify([junk])).toEqual({
        ok: false,
        index: 0,
        reason: 'entry 1 is not a log entry (no hash)',
        told: { id: 'notEntry', values: { seq: '1' } },
      });
    }
    expect(verify([first, null])).toEqual({
      ok: false,
      index: 1,
      reason: 'entry 2 is not a log entry (no hash)',
      told: { id: 'notEntry', values: { seq: '2' } },
    });
  });

  it('reports an entry without its position or link', () => {
    const first = firstEntry();
    const { seq: _, ...noSeq } = first;
    expect(verify([noSeq])).toEqual({
      ok: false,
      index: 0,
      reason: 'entry 1 says it is entry undefined: an entry was removed, inserted or moved',
      told: { id: 'wrongSeq', values: { seq: '1', says: 'undefined' } },
    });
    expect(verify([{ ...first, prevHash: 'f'.repeat(64) }])).toMatchObject({ ok: false, index: 0 });
    expect(verify([{ ...first, prevHash: undefined }]).ok).toBe(false);
  });

  it('reports an entry whose event cannot be hashed, with why', () => {
    const first = firstEntry();
    const unhashable = { seq: 1, prevHash: GENESIS_HASH, hash: first.hash, event: { n: Number.NaN } };
    expect(verify([unhashable])).toEqual({
      ok: false,
      index: 0,
      reason: 'entry 1 cannot be hashed: Cannot write canonical JSON: NaN is not a JSON number at $.event.n.',
      told: {
        id: 'unhashable',
        values: { seq: '1', error: 'Cannot write canonical JSON: NaN is not a JSON number at $.event.n.' },
      },
    });
    const throwing = {
      ...unhashable,
      event: {
        get n() {
          throw 'a getter failed';
        },
      },
    };
    expect(verify([throwing])).toEqual({
      ok: false,
      index: 0,
      reason: 'entry 1 cannot be hashed: a getter failed',
      told: { id: 'unhashable', values: { seq: '1', error: 'a getter failed' } },
    });
  });

  it('accepts the empty log and counts the entries of a whole one', () => {
    const first = firstEntry();
    expect(verify([])).toEqual({ ok: true, entries: 0 });
    expect(verify([first, recordEvent(first, { type: 'submit' })])).toEqual({ ok: true, entries: 2 });
  });
});

describe('canonical JSON of what JSON cannot carry', () => {
  const refusal = (value: unknown) => {
    try {
      canonicalJson(value);
    } catch (error) {
      return (error as Error).message;
    }
    return 'accepted';
  };

  it('names each kind of value it refuses, and where it is', () => {
    expect(
      [
        undefined,
        { a: { b: [0, Number.POSITIVE_INFINITY] } },
        [Symbol('s')],
        { big: 1n },
        new Map(),
        Object.create(Object.create(null)),
      ].map(refusal),
    ).toEqual([
      'Cannot write canonical JSON: undefined is not JSON at $.',
      'Cannot write canonical JSON: Infinity is not a JSON number at $.a.b[1].',
      'Cannot write canonical JSON: a symbol is not JSON at $[0].',
      'Cannot write canonical JSON: a bigint is not JSON at $.big.',
      'Cannot write canonical JSON: a Map object is not JSON at $.',
      'Cannot write canonical JSON: a non-plain object is not JSON at $.',
    ]);
  });

  it('writes what it accepts as JSON would', () => {
    const bare = Object.assign(Object.create(null), { b: false, a: true });
    expect(canonicalJson([bare, 'x', -1.5, null, {}, []])).toBe('[{"a":true,"b":false},"x",-1.5,null,{},[]]');
  });
});
