import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReadRecorder } from '../../src/checks/recorded-reads.js';

/** What a reader finds down `path`, as text: any step missing reads as missing. */
function readAlong(document: unknown, path: readonly string[]): string {
  let at: unknown = document;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return 'missing';
    at = (at as Record<string, unknown>)[key];
  }
  if (Array.isArray(at)) return `a list of ${at.length}`;
  return typeof at === 'object' && at !== null ? `keys ${Object.keys(at).join(',')}` : String(at);
}

// Keys as both lists and records have them: indices ("0", "1"…), "length", and words.
const key = fc.constantFrom('0', '1', '2', 'length', 'a', 'b');
const documents = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constant(null), fc.constantFrom('x', 'y')),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(key, tie('node'), { maxKeys: 3 }),
  ),
})).node;
// A document is a record, as an assessment is (readers are handed its root, whose kind is not noted).
const roots = fc.dictionary(key, documents, { maxKeys: 3 });
const paths = fc.array(fc.array(key, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });

describe('a read recorder', () => {
  it('names every reader that would read something else in the next version', () => {
    fc.assert(
      fc.property(
        fc.array(roots, { minLength: 2, maxLength: 5 }),
        fc.array(paths, { maxLength: 3 }),
        (versions, readers) => {
          const recorder = createReadRecorder();
          const seen = new Map<number, string[]>();
          for (const version of versions) {
            const changed = recorder.changedReaders(version);
            readers.forEach((readerPaths, reader) => {
              const now = readerPaths.map((path) => readAlong(version, path));
              const before = seen.get(reader);
              if (before && JSON.stringify(before) !== JSON.stringify(now))
                expect(changed.has(reader)).toBe(true);
              if (!before || changed.has(reader)) {
                recorder.record(reader, (document) => readerPaths.map((path) => readAlong(document, path)));
                seen.set(reader, now);
              }
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names no reader when the next version holds what the last did (a copy of it)', () => {
    fc.assert(
      fc.property(roots, fc.array(paths, { maxLength: 3 }), (version, readers) => {
        const recorder = createReadRecorder();
        recorder.changedReaders(version);
        readers.forEach((readerPaths, reader) => {
          recorder.record(reader, (document) => readerPaths.map((path) => readAlong(document, path)));
        });
        expect(recorder.changedReaders(structuredClone(version))).toEqual(new Set());
      }),
      { numRuns: 300 },
    );
  });

  it('compares an object’s keys in order, one by one', () => {
    const recorder = createReadRecorder();
    const keysRead = (version: unknown) => {
      const changed = recorder.changedReaders(version);
      recorder.record(0, (document) => Object.keys((document as { a: object }).a));
      return changed.has(0);
    };
    expect(keysRead({ a: { x: 1, yz: 2 } })).toBe(false);
    expect(keysRead({ a: { x: 1, yz: 2 } })).toBe(false);
    expect(keysRead({ a: { x: 1, y: 2 } })).toBe(true);
    expect(keysRead({ a: { x: 1, y: 2, z: 3 } })).toBe(true);
    expect(keysRead({ a: { y: 2, x: 1, z: 3 } })).toBe(true);
    expect(keysRead({ a: { yx: 2, z: 3 } })).toBe(true);
    expect(keysRead({ a: {} })).toBe(true);
    expect(keysRead({ a: {} })).toBe(false);
    expect(keysRead({ a: [] })).toBe(true);
    expect(keysRead({ a: Object.create({ inherited: 1 }) })).toBe(true);
    expect(keysRead({ a: Object.create({ inherited: 1 }) })).toBe(false);
  });

  it('tells any two lists of keys apart, whatever the keys hold (empty, digits, colons, NUL)', () => {
    const anyKey = fc.oneof(
      fc.constantFrom('', ':', '0:', '1:', '\u0000', 'a\u0000b'),
      fc.string({ maxLength: 4 }),
    );
    const records = fc.dictionary(anyKey, fc.constant(1), { maxKeys: 4 });
    fc.assert(
      fc.property(records, records, (before, after) => {
        const recorder = createReadRecorder();
        recorder.changedReaders({ a: before });
        recorder.record(0, (document) => Object.keys((document as { a: object }).a));
        const changed = recorder.changedReaders({ a: after }).has(0);
        expect(changed).toBe(JSON.stringify(Object.keys(before)) !== JSON.stringify(Object.keys(after)));
      }),
      { numRuns: 500 },
    );
    const recorder = createReadRecorder();
    recorder.changedReaders({ a: {} });
    recorder.record(0, (document) => Object.keys((document as { a: object }).a));
    expect(recorder.changedReaders({ a: { '': 1 } }).has(0)).toBe(true);
  });
});
