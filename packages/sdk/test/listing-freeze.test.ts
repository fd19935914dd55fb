import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AssessmentListing, listingsFreezer } from '../src/light.js';

const listingWith = (n: number, negativeCharacteristics: string[]): AssessmentListing => ({
  id: `a${n}`,
  revision: 1,
  state: 'draft',
  title: `Title ${n}`,
  reference: 'R-1',
  team: 'Team',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: n,
  negativeCharacteristics,
  openActionCount: 0,
});

const key = (list: readonly string[]) => JSON.stringify(list);

describe('listingsFreezer', () => {
  it('freezes each listing as it was, equal characteristics sharing the first such list while few are kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.subarray(['age', 'disability', 'gender_reassignment', 'race']), { maxLength: 30 }),
        fc.integer({ min: 0, max: 4 }),
        (lists, kept) => {
          const listings = lists.map((list, n) => listingWith(n, [...list]));
          const expected = structuredClone(listings);
          const freeze = listingsFreezer(kept);
          const frozen = listings.map((listing) => freeze(listing));
          expect(frozen).toEqual(expected);
          const first = new Map<string, readonly string[]>();
          for (const listing of frozen) {
            expect(Object.isFrozen(listing)).toBe(true);
            expect(Object.isFrozen(listing.negativeCharacteristics)).toBe(true);
            const shared = first.get(key(listing.negativeCharacteristics));
            if (shared === undefined) {
              if (first.size < kept)
                first.set(key(listing.negativeCharacteristics), listing.negativeCharacteristics);
            } else expect(listing.negativeCharacteristics).toBe(shared);
          }
          // Beyond the lists kept, a listing keeps its own list.
          const distinct = new Set(frozen.map((listing) => listing.negativeCharacteristics));
          expect(distinct.size).toBe(first.size + lists.filter((list) => !first.has(key(list))).length);
        },
      ),
    );
  });
});
