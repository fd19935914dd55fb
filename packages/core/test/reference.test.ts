import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordEvent } from '../src/audit/hash-chain.js';
import { checkReference, findReference, formatReference, logReference } from '../src/audit/reference.js';
import type { RecordedEvent } from '../src/log/types.js';

const logOf = (notes: readonly string[]) => {
  const log: RecordedEvent[] = [];
  for (const note of notes) log.push(recordEvent(log.at(-1), { note }));
  return log;
};

describe('a published copy’s verification reference', () => {
  it('is found again in any text around it', () => {
    const reference = logReference('fhdra-video', logOf(['a', 'b']));
    const text = `<p>Verify: <code>${formatReference(reference)}</code></p>`;
    expect(findReference(text)).toEqual(reference);
    expect(findReference('no reference here')).toBeUndefined();
  });

  it('matches the log it was made from and names what was appended since', () => {
    const log = logOf(['a', 'b', 'c']);
    const check = checkReference(logReference('x', log.slice(0, 2)), log);
    expect(check).toEqual({ status: 'matches', since: [log[2]] });
  });

  it('catches any cut from the end of the log, and any rewrite of it, even rehashed throughout', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 8 }), fc.nat(), (notes, cut) => {
        const log = logOf(notes);
        const reference = logReference('x', log);
        const kept = cut % log.length;
        expect(checkReference(reference, log.slice(0, kept))).toEqual({
          status: 'truncated',
          missing: log.length - kept,
        });
        const rewritten = logOf([...notes.slice(0, -1), `${notes.at(-1)} (changed)`]);
        expect(checkReference(reference, rewritten).status).toBe('rewritten');
      }),
    );
  });
});

describe('reading a reference back', () => {
  it('names an empty log by no entry at all, and any other by its last entry', () => {
    expect(logReference('new', [])).toEqual({ assessment: 'new', version: 0, head: '' });
    const log = logOf(['a', 'b', 'c']);
    expect(logReference('x', log)).toEqual({ assessment: 'x', version: 3, head: log[2]!.hash });
  });

  it('keeps every character of an assessment’s id and every digit of its version', () => {
    const head = 'ab'.repeat(32);
    for (const assessment of ['fhdra-video', 'a', 'Library_hours.2026', '9-lives'])
      expect(findReference(`see eqia-verify:${assessment}:1204:${head}.`)).toEqual({
        assessment,
        version: 1204,
        head,
      });
  });

  it('finds no reference in a token that is cut short or malformed', () => {
    const head = 'ab'.repeat(32);
    for (const text of [
      `eqia-verify:x:3:${head.slice(1)}`,
      `eqia-verify:x::${head}`,
      `eqia-verify::3:${head}`,
      `eqia-verify:-x:3:${head}`,
      `eqia-verify:x:3:${head.toUpperCase()}`,
      `eqia-check:x:3:${head}`,
    ])
      expect(findReference(text), text).toBeUndefined();
  });
});

describe('checking a reference against the log as it is', () => {
  it('matches the whole log it was made from, with nothing since', () => {
    const log = logOf(['a', 'b']);
    expect(checkReference(logReference('x', log), log)).toEqual({ status: 'matches', since: [] });
  });

  it('never matches a reference to no entry at all (every copy is made from a created assessment)', () => {
    const log = logOf(['a']);
    expect(checkReference(logReference('x', []), log)).toEqual({ status: 'rewritten' });
  });

  it('calls a log one entry short truncated, and a log whose entry at that place differs rewritten', () => {
    const log = logOf(['a', 'b', 'c']);
    expect(checkReference(logReference('x', log), log.slice(0, 2))).toEqual({
      status: 'truncated',
      missing: 1,
    });
    const reference = logReference('x', log.slice(0, 2));
    expect(checkReference(reference, logOf(['a', 'B', 'c']))).toEqual({ status: 'rewritten' });
    expect(checkReference({ ...reference, head: log[0]!.hash }, log)).toEqual({ status: 'rewritten' });
  });
});
