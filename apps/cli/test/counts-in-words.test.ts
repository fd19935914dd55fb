import { describe, expect, it } from 'vitest';
import { english } from '../src/messages/en.js';

/** What eqia says of a count agrees with it: one assessment, one day, one digest; two of each. */
describe('counts in English', () => {
  it('name one thing in the singular and more in the plural', () => {
    const { findings, due, profile, migrateStore, reindex } = english;
    expect(findings.failing({ failed: 1, total: 1 })).toBe('1 of 1 assessment fails the checks');
    expect(findings.failing({ failed: 2, total: 3 })).toBe('2 of 3 assessments fail the checks');
    expect([due.late({ days: 1 }), due.late({ days: 2 })]).toEqual(['1 day', '2 days']);
    expect(profile.intervals({ review: 1, freshness: 1 })).toBe(
      'Review every month; evidence older than 1 month is flagged.',
    );
    expect(profile.intervals({ review: 12, freshness: 36 })).toBe(
      'Review every 12 months; evidence older than 36 months is flagged.',
    );
    expect(migrateStore.copied({ assessments: 1, events: 1, profile: false, from: 'a', to: 'b' })).toBe(
      'Copied 1 assessment (1 log entry) from a to b, every chain verified.',
    );
    expect(reindex.refreshed({ refreshed: 1 })).toMatch(/^Made the digest of 1 assessment again:/);
    expect(reindex.savedMeanwhile({ saved: 1 })).toBe(
      '1 more was saved meanwhile, with a digest of its own.',
    );
    expect(reindex.stopped({ done: 1 })).toMatch(/^Stopped: the 1 digest made again so far is kept;/);
  });
});
