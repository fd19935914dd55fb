import { describe, expect, it } from 'vitest';
import {
  defaultProfile,
  GENESIS_HASH,
  type Profile,
  profileContentHash,
  recordProfileChange,
  verifyProfileLog,
} from '../src/index.js';

// A profile decides who may approve and what the rules ask; its change log shows who changed it, and a
// profile changed outside eqia (or whose log was cut or edited) must be caught.

const ada = { id: 'ada', roles: ['admin' as const] };
const renamed = (profile: Profile, name: string): Profile => ({ ...profile, name });

/** The default profile renamed twice through eqia. */
function changedTwice() {
  const first = recordProfileChange(defaultProfile, renamed(defaultProfile, 'Council profile'), {
    by: ada,
    at: '2026-06-01T09:00:00.000Z',
    changed: ['name'],
  });
  const second = recordProfileChange(
    first,
    { ...first, reviewIntervalMonths: 6 },
    {
      by: ada,
      at: '2026-06-02T09:00:00.000Z',
      changed: ['reviewIntervalMonths'],
    },
  );
  return { first, second };
}

describe('a profile’s content hash', () => {
  it('covers what the profile says, not its change log', () => {
    const { first } = changedTwice();
    expect(profileContentHash({ ...first, changes: [] })).toBe(profileContentHash(first));
    expect(profileContentHash(renamed(first, 'Another name'))).not.toBe(profileContentHash(first));
    expect(profileContentHash(first)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('recording a change of a profile', () => {
  it('logs who changed it, when, which fields and what it now says, chained onto the log before', () => {
    const { first, second } = changedTwice();
    expect(first.name).toBe('Council profile');
    expect(first.changes).toHaveLength(1);
    expect(first.changes[0]).toMatchObject({
      seq: 1,
      prevHash: GENESIS_HASH,
      event: {
        type: 'profileChange',
        by: ada,
        at: '2026-06-01T09:00:00.000Z',
        changed: ['name'],
        content: profileContentHash(first),
      },
    });
    expect(second.reviewIntervalMonths).toBe(6);
    expect(second.changes.map((c) => c.seq)).toEqual([1, 2]);
    expect(second.changes[0]).toEqual(first.changes[0]);
    expect(second.changes[1]?.prevHash).toBe(first.changes[0]?.hash);
    expect(second.changes[1]?.event.content).toBe(profileContentHash(second));
  });

  it('keeps the log it had, whatever log the new version carries', () => {
    const { first, second } = changedTwice();
    const forged = recordProfileChange(
      first,
      { ...renamed(first, 'X'), changes: [] },
      {
        by: ada,
        at: '2026-06-03T09:00:00.000Z',
        changed: ['name'],
      },
    );
    expect(forged.changes.slice(0, 1)).toEqual(first.changes);
    expect(forged.changes).toHaveLength(2);
    const broughtItsOwn = recordProfileChange(defaultProfile, second, {
      by: ada,
      at: '2026-06-03T09:00:00.000Z',
      changed: ['name'],
    });
    expect(broughtItsOwn.changes).toHaveLength(1);
  });
});

describe('verifying a profile’s log', () => {
  it('passes a profile changed only through eqia, and one with no log', () => {
    const { second } = changedTwice();
    expect(verifyProfileLog(second)).toEqual({ ok: true, entries: 2 });
    expect(verifyProfileLog(defaultProfile)).toEqual({ ok: true, entries: 0 });
  });

  it('fails a profile changed outside eqia after its last recorded change', () => {
    const { second } = changedTwice();
    expect(verifyProfileLog({ ...second, reviewIntervalMonths: 24 })).toEqual({
      ok: false,
      index: 2,
      reason: 'the profile differs from what its last recorded change made it: it was changed outside eqia',
      told: { id: 'profileOutside', values: {} },
    });
  });

  it('fails a log that was edited or cut, at the entry that breaks', () => {
    const { second } = changedTwice();
    const [one, two] = second.changes;
    const edited = {
      ...second,
      changes: [{ ...one!, event: { ...one!.event, by: { id: 'kim', roles: [] } } }, two!],
    };
    expect(verifyProfileLog(edited)).toMatchObject({ ok: false, index: 0 });
    // The first change cut away: the second no longer sits at position 1.
    expect(verifyProfileLog({ ...second, changes: [two!] })).toMatchObject({ ok: false, index: 0 });
    // The last change cut away: the profile no longer matches what the log says it was.
    expect(verifyProfileLog({ ...second, changes: [one!] })).toMatchObject({ ok: false, index: 1 });
    // A log edited and a profile changed outside eqia: the earliest break is the one reported.
    expect(verifyProfileLog({ ...edited, reviewIntervalMonths: 24 })).toMatchObject({ ok: false, index: 0 });
  });
});
