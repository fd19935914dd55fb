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
