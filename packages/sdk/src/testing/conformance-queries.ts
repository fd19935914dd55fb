import { type AssessmentSummary, defaultProfile, lifecycleStates, outcomeKinds } from '@eqia/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { actionsOverdue, reviewsDue } from '../client/due-summaries.js';
import { filterSummaries, listedAsJson, selectInListOrder } from '../client/filter-summaries.js';
import { listingOf } from '../client/listing.js';
import type { ListFilter } from '../client/types.js';
import type { AssessmentStore } from '../store/port.js';
import type { StoreUnderTest } from './conformance.js';
import { freshStoreEach } from './fresh-store.js';
import { sampleAppend } from './sample-appends.js';

// Few values of each, some differing only in case or by a character SQL compares differently, so that
// filters match often and every condition is exercised where a database could slip.
const teams = ['Housing', 'housing', 'Équipe', 'ÉQUIPE', 'Parks\u0000'];
const people = ['amara', 'ben', 'Ben'];
const characteristics = ['age', 'disability', 'race', 'sex'];
const days = ['2024-12-31', '2025-01-01', '2025-06-30', '2026-01-01'];
const words = ['Room', 'rooms', 'PARKING', 'équipe', 'a\u0000b', '\ud83d'];

const summaryFields = fc.record(
  {
    state: fc.constantFrom(...lifecycleStates),
    team: fc.constantFrom(...teams),
    owner: fc.constantFrom(...people),
    title: fc.constantFrom('Booking rooms', 'Parking permits', 'Équipe days', 'a\u0000b', '😀 signs'),
    // Ties, and times toISOString did not write, so that the list order's every branch is taken.
    updatedAt: fc.constantFrom(
      '2025-01-01T09:00:00.000Z',
      '2025-01-01T09:00:00.000Z',
      '2024-06-30T12:00:00.000Z',
      '2025-01-01T09:00:00Z',
      '2025-01-01T10:00:00.000+01:00',
    ),
    outcome: fc.constantFrom(...outcomeKinds),
    // Optional fields a listing copies when there (listing.ts).
    stage: fc.constantFrom('equality_review', 'sign\u2011off'),
    supersedes: fc.constantFrom('q1', 'Q\u0001'),
    publishedAt: fc.constantFrom('2025-01-01T09:00:00.000Z'),
    nextReviewDate: fc.constantFrom(...days),
    negativeCharacteristics: fc.subarray(characteristics),
    welshTitle: fc.constantFrom('Archebu ystafelloedd', 'a\u0000b', '😀 arwyddion'),
    welshTitleStale: fc.constant(true as const),
    openActions: fc.array(
      fc.record(
        { id: fc.constantFrom('x', 'y'), dueDate: fc.constantFrom(...days) },
        { requiredKeys: ['id'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['state', 'team', 'title', 'negativeCharacteristics', 'openActions'] },
);

const filters: fc.Arbitrary<ListFilter> = fc.record(
  {
    state: fc.oneof(fc.constantFrom(...lifecycleStates), fc.subarray([...lifecycleStates])),
    owner: fc.constantFrom(...people),
    team: fc.constantFrom(...teams),
    characteristic: fc.constantFrom(...characteristics),
    outcome: fc.constantFrom(...outcomeKinds),
    text: fc.constantFrom(...words),
  },
  { requiredKeys: [] },
);

const ids = (found: readonly { id: string }[]) => found.map((summary) => summary.id);

/**
 * The queries each store answers with its own indexes — a filtered list, the reviews due, the overdue
 * actions, the digests behind the annual report — give, once the client has selected and ordered what
 * came back, exactly what the SDK's plain functions give over every summary (property-tested); and
 * `list` where the store says it `listsExactly` gives exactly the filtered list, in its order, with no
 * selecting; `listJson` gives exactly the text `listedAsJson` gives (the same in every store), and
 * `listings` exactly its listings, frozen.
 */
export function describeStoreQueries(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name} store answers the client's queries as the plain functions do`, () => {
    let store: AssessmentStore;
    freshStoreEach(makeStore, defaultProfile, (made) => {
      store = made.store;
    });

    test('any assessments, any filter, any day', async () => {
      const all: AssessmentSummary[] = [];
      let n = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(summaryFields, fc.boolean()), { minLength: 1, maxLength: 6 }),
          filters,
          fc.constantFrom(...days),
          async (added, filter, day) => {
            for (const [fields, again] of added) {
              // Sometimes the next version of the last one, so a store changes its filtered columns in
              // place; else ids that byte order and the list order sort differently (case, punctuation).
              const last = again ? all.pop() : undefined;
              const request = last
                ? sampleAppend(last.id, last.version)
                : sampleAppend(`${['q', 'Q', 'q-', 'q.', 'qa'][n % 5]}${n++}`, 0);
              request.summary = { ...request.summary, ...fields };
              await store.append(request);
              all.push(request.summary);
            }
            const found = await store.list(filter);
            expect(ids(filterSummaries(found, filter))).toEqual(ids(filterSummaries(all, filter)));
            // A store that says its list is exact is taken at its word by the client.
            if (store.listsExactly) expect(found).toEqual(filterSummaries(all, filter));
            // Every store prints the same text: the filtered list's listings, as listedAsJson writes them.
            expect(await store.listJson(filter)).toBe(listedAsJson(all, filter));
            // And gives the same listings, exactly, in list order, each frozen with its one list.
            const listings = await store.listings(filter);
            expect(listings).toEqual(filterSummaries(all, filter).map(listingOf));
            for (const listing of listings)
              expect([listing, listing.negativeCharacteristics].every(Object.isFrozen)).toBe(true);
            expect(ids(reviewsDue(await store.listDueForReview(day), day))).toEqual(
              ids(reviewsDue(all, day)),
            );
            const overdue = (found: AssessmentSummary[]) =>
              actionsOverdue(found, day).map((action) => `${action.assessmentId} ${action.actionId}`);
            expect(overdue(await store.listWithOverdueActions(day))).toEqual(overdue(all));
            if (store.readDigests) {
              const digests = await store.readDigests(undefined, 'annual', filter);
              expect(
                ids(selectInListOrder(digests, filter, (found) => found.summary).map((d) => d.summary)),
              ).toEqual(ids(filterSummaries(all, filter)));
            }
          },
        ),
        { numRuns: 15 },
      );
    }, 120_000);
  });
}
