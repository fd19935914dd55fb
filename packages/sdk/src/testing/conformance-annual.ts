import {
  type AnnualFacts,
  type AnnualQuery,
  type AnnualTotals,
  annualTotalsOf,
  defaultProfile,
  type LifecycleState,
  lifecycleStates,
} from '@eqia/core';
import { annualFactsOf } from '@eqia/core/checks';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AppendRequest, AssessmentStore } from '../store/port.js';
import type { StoreUnderTest } from './conformance.js';
import { freshStoreEach } from './fresh-store.js';
import { sampleAppend } from './sample-appends.js';

// Days on either side of every boundary a query draws: the period's ends, today, three and twelve
// months before it, and the year after the period.
const days = [
  '2024-06-29',
  '2024-06-30',
  '2024-12-31',
  '2025-01-01',
  '2025-03-30',
  '2025-03-31',
  '2025-06-30',
  '2025-12-31',
  '2026-01-01',
  '2026-12-31',
  '2027-01-01',
];
const day = fc.constantFrom(...days);
// Teams that SQL could group or order differently from JavaScript: case, accents, astral and
// private-use characters (UTF-16 and UTF-8 order them apart), the empty team.
const teams = ['Housing', 'housing', 'Équipe', '\u{1F600} signs', '\uE000 private', ''];

const action = fc.record(
  {
    id: fc.constantFrom('act-a', 'act-b', 'act-c'),
    status: fc.constantFrom('open', 'in_progress', 'done', 'dropped' as const),
    description: fc.constantFrom('Train staff', 'Fix the form', 'a\u0001b'),
    owner: fc.constantFrom('Ben', ''),
    dueDate: day,
  },
  { requiredKeys: ['id', 'status', 'description', 'owner'] },
);

const facts = fc.record(
  {
    title: fc.constantFrom('Booking rooms', 'Parking', '😀 signs'),
    team: fc.constantFrom(...teams),
    createdOn: day,
    decisionDate: day,
    lastApprovedOn: day,
    publishedOn: day,
    reaffirmedOn: fc.array(day, { maxLength: 2 }),
    withdrawnOn: day,
    nextReviewDate: day,
    actions: fc.array(action, { maxLength: 4 }),
    // The Welsh of some texts: every listed action and review carries its assessment's.
    welsh: fc.constantFrom<Record<string, string>>(
      { 'Booking rooms': 'Archebu ystafelloedd', 'Train staff': 'Hyfforddi staff' },
      { '😀 signs': '😀 arwyddion', Housing: 'Tai' },
    ),
  },
  { requiredKeys: ['title', 'team', 'createdOn', 'reaffirmedOn', 'actions'] },
);

const queries: fc.Arbitrary<AnnualQuery> = fc.record(
  {
    from: fc.constantFrom('2025-01-01', '2024-07-01'),
    to: fc.constantFrom('2025-12-31', '2025-06-30'),
    today: fc.constantFrom('2025-06-30', '2026-01-01', '2025-03-31'),
    listed: fc.constantFrom(0, 1, 3),
  },
  { requiredKeys: ['from', 'to', 'today'] },
);

type Fields = typeof facts extends fc.Arbitrary<infer T> ? T : never;

/** An append whose digest's annual part holds exactly these facts, in this state. */
function appendOf(id: string, version: number, state: LifecycleState, fields: Fields): AppendRequest {
  const request = sampleAppend(id, version);
  const annual: AnnualFacts = {
    ...fields,
    id,
    revision: 1,
    reference: '',
    impacts: [],
    intersectional: [],
    disparities: [],
  };
  const digest = request.digest;
  if (!digest) throw new Error('sampleAppend gives a digest');
  return {
    ...request,
    summary: { ...request.summary, state },
    snapshot: { ...request.snapshot, status: { state } },
    digest: { ...digest, annual },
  };
}

/** What the test keeps of each assessment: its version, state, digest's facts and snapshot's facts. */
interface Held {
  version: number;
  state: LifecycleState;
  facts: AnnualFacts;
  plain: AnnualFacts;
}

/**
 * The totals a client gets from this store, and what they must equal. A store's own count (annualTotals)
 * must equal core's plain count over each assessment's digest facts and state. Without one, the client
 * counts core's way over what the store gives back (client/digest-queries.ts): each summary's state with
 * its digest's facts (readDigests), or, without readDigests either, the facts of its snapshot.
 */
async function countedAndExpected(
  store: AssessmentStore,
  held: readonly Held[],
  query: AnnualQuery,
): Promise<{ counted: AnnualTotals | undefined; expected: AnnualTotals }> {
  const digests = !!store.annualTotals || !!store.readDigests;
  const expected = annualTotalsOf(
    held.map(({ facts, plain, state }) => ({ facts: digests ? facts : plain, state })),
    query,
  );
  if (store.annualTotals) return { counted: await store.annualTotals(query), expected };
  const read = store.readDigests
    ? (await store.readDigests(undefined, 'annual')).map(({ summary, digest }) => ({
        facts: digest?.annual,
        state: summary.state,
      }))
    : await Promise.all(
        (await store.list()).map(async ({ id, state }) => {
          const stored = await store.read(id);
          return { facts: stored && annualFactsOf(stored.snapshot.assessment), state };
        }),
      );
  const complete = read.every(
    (entry): entry is { facts: AnnualFacts; state: LifecycleState } => !!entry.facts,
  );
  return { counted: complete ? annualTotalsOf(read, query) : undefined, expected };
}

/**
 * A store's annual totals (the annual report's facts, counted with its indexes) are exactly core's
 * plain annualTotalsOf over every assessment's facts and state, whatever the facts, the updates and
 * the query (property-tested); a store without its own count must give back what the client counts
 * from instead. With an assessment that has no digest a store's own count gives none.
 */
export function describeAnnualTotals(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name} store counts the annual report's facts as core's plain count does`, () => {
    let store: AssessmentStore;
    freshStoreEach(makeStore, defaultProfile, (made) => {
      store = made.store;
    });

    test('any assessments, changed or not, any period and day', async () => {
      const held = new Map<string, Held>();
      let n = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...lifecycleStates), facts, fc.boolean()), {
            minLength: 1,
            maxLength: 5,
          }),
          queries,
          async (added, query) => {
            for (const [state, fields, again] of added) {
              // Now and then a new version of one already held, so the copies are replaced, not added to.
              const earlier = again ? [...held.keys()][n % Math.max(held.size, 1)] : undefined;
              const id = earlier ?? `${['a', 'B', 'a-', 'a.', 'ab'][n % 5]}${n}`;
              n += 1;
              const version = held.get(id)?.version ?? 0;
              const request = appendOf(id, version, state, fields);
              await store.append(request);
              const plain = annualFactsOf(request.snapshot.assessment);
              held.set(id, { version: version + 1, facts: request.digest!.annual, plain, state });
            }
            const { counted, expected } = await countedAndExpected(store, [...held.values()], query);
            expect(counted).toEqual(expected);
          },
        ),
        { numRuns: 15 },
      );
    }, 120_000);

    test('gives no totals while an assessment has no digest: the client counts from the facts', async () => {
      // A store without its own count gives none; readDigests' own test holds it to a missing digest.
      if (!store.annualTotals) return;
      await store.append(sampleAppend('with-digest', 0));
      const query = { from: '2025-01-01', to: '2025-12-31', today: '2026-01-01' };
      expect(await store.annualTotals(query)).toBeDefined();
      const { digest: _, ...without } = sampleAppend('no-digest', 0);
      await store.append(without);
      expect(await store.annualTotals(query)).toBeUndefined();
    });
  });
}
