import { type AssessmentSummary, ConflictError, defaultProfile, isEqiaError, type Profile } from '@eqia/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { filterSummaries } from '../client/filter-summaries.js';
import type { AppendRequest, AssessmentStore, StoredChecks } from '../store/port.js';
import { describeAnnualTotals } from './conformance-annual.js';
import { describeDigestRefresh } from './conformance-digests.js';
import { describeEqualityData } from './conformance-equality-data.js';
import { describeObjectives } from './conformance-objectives.js';
import { describeProfileVersions } from './conformance-profile.js';
import { describeStoreQueries } from './conformance-queries.js';
import { describeReadsThroughClient } from './conformance-reads.js';
import { describeAwkwardText } from './conformance-text.js';
import { describeWatching } from './conformance-watch.js';
import { freshStoreEach } from './fresh-store.js';
import { sampleAppend, withWelshTitle } from './sample-appends.js';

/** A fresh, uninitialised store for one test, and how to dispose of it. */
export interface StoreUnderTest {
  store: AssessmentStore;
  cleanup(): Promise<void>;
  /** Another store on the same backing (a second process or connection), for concurrency tests. */
  openAnother?(): Promise<AssessmentStore>;
}

const byId = <T extends { id: string }>(values: T[]) => [...values].sort((a, b) => a.id.localeCompare(b.id));
const pairs = <T extends { summary: { id: string } }>(found: T[]) =>
  [...found].sort((x, y) => x.summary.id.localeCompare(y.summary.id));

/** Assessments a and b appended, then a again (its second version, retitled): what the readers must give. */
async function twoThenLatest(store: AssessmentStore) {
  await store.init();
  const b = sampleAppend('b', 0);
  await store.append(sampleAppend('a', 0));
  await store.append(b);
  const latest = sampleAppend('a', 1, { count: 2, title: 'Latest title' });
  await store.append(latest);
  return { b, latest };
}
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (isEqiaError(error) ? error.code : String(error)),
  );

/** What the suite holds an adapter to beyond the required methods. */
export interface ConformanceOptions {
  /** Whether the store offers `watch` (the port's optional capability), to be held to it. Default true. */
  watches?: boolean;
}

/**
 * The behaviour every AssessmentStore adapter must have. Call it from a vitest file with a factory that
 * gives a fresh, empty, uninitialised store each time; it registers the tests.
 */
export function describeStoreConformance(
  name: string,
  makeStore: () => Promise<StoreUnderTest>,
  { watches = true }: ConformanceOptions = {},
): void {
  describe(`${name} store conformance`, () => {
    let subject: StoreUnderTest;
    let store: AssessmentStore;
    freshStoreEach(makeStore, undefined, (made) => {
      subject = made;
      store = made.store;
    });

    test('does not exist until init; reading or writing before then is NOT_FOUND', async () => {
      expect(await store.exists()).toBe(false);
      expect(await codeOf(store.read('a'))).toBe('NOT_FOUND');
      expect(await codeOf(store.list())).toBe('NOT_FOUND');
      expect(await codeOf(store.readProfile())).toBe('NOT_FOUND');
      expect(await codeOf(store.append(sampleAppend('a', 0)))).toBe('NOT_FOUND');
      await store.init();
      expect(await store.exists()).toBe(true);
      expect(await store.list()).toEqual([]);
    });

    test('init is idempotent and writes the profile only when there is none', async () => {
      const renamed: Profile = { ...defaultProfile, organisation: 'Another body' };
      await store.init({ profile: defaultProfile });
      await store.append(sampleAppend('a', 0));
      await store.init({ profile: renamed });
      expect(await store.readProfile()).toEqual(defaultProfile);
      expect((await store.read('a'))?.events).toHaveLength(1);
    });

    test('creates an assessment and reads it back equal', async () => {
      await store.init();
      const request = sampleAppend('a', 0, { count: 2 });
      await store.append(request);
      expect(await store.read('a')).toEqual({
        summary: request.summary,
        snapshot: request.snapshot,
        events: request.events,
      });
    });

    test('an append at the current version adds its events after the existing ones', async () => {
      await store.init();
      const first = sampleAppend('a', 0, { count: 2 });
      const second = sampleAppend('a', 2, { count: 3, title: 'Renamed' });
      await store.append(first);
      await store.append(second);
      const stored = await store.read('a');
      expect(stored?.events).toEqual([...first.events, ...second.events]);
      expect(stored?.snapshot).toEqual(second.snapshot);
      expect(stored?.summary).toEqual(second.summary);
    });

    test('a stale expectedVersion is a ConflictError and nothing is written', async () => {
      await store.init();
      await store.append(sampleAppend('a', 0, { count: 2 }));
      const before = await store.read('a');
      const stale = store.append(sampleAppend('a', 1, { title: 'Lost update' }));
      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 });
      const ahead = store.append(sampleAppend('a', 5));
      await expect(ahead).rejects.toMatchObject({ expectedVersion: 5, actualVersion: 2 });
      expect(await store.read('a')).toEqual(before);
      expect(await store.list()).toEqual([before?.summary]);
    });

    test('creating an id that already exists is a ConflictError', async () => {
      await store.init();
      await store.append(sampleAppend('a', 0));
      const before = await store.read('a');
      await expect(store.append(sampleAppend('a', 0, { title: 'Twin' }))).rejects.toMatchObject({
        code: 'CONFLICT',
        expectedVersion: 0,
        actualVersion: 1,
      });
      expect(await store.read('a')).toEqual(before);
    });

    test('an append whose events or summary do not line up is a VALIDATION error and writes nothing', async () => {
      await store.init();
      const request = sampleAppend('a', 0, { count: 2 });
      const badSeq = { ...request, events: [request.events[1]!, request.events[0]!] };
      const badVersion = { ...request, summary: { ...request.summary, version: 7 } };
      const noEvents = { ...request, events: [] };
      const escaping = sampleAppend('escape', 0);
      const badId = { ...escaping, id: '../escape', summary: { ...escaping.summary, id: '../escape' } };
      for (const bad of [badSeq, badVersion, noEvents, badId])
        expect(await codeOf(store.append(bad))).toBe('VALIDATION');
      expect(await store.read('a')).toBeUndefined();
      expect(await store.list()).toEqual([]);
    });

    test('lists every summary, as of the latest append', async () => {
      await store.init();
      await store.append(sampleAppend('a', 0));
      await store.append(sampleAppend('b', 0));
      const latest = sampleAppend('a', 1, { title: 'Latest title' });
      await store.append(latest);
      const listed = byId(await store.list());
      expect(listed.map((summary) => [summary.id, summary.version, summary.title])).toEqual([
        ['a', 2, 'Latest title'],
        ['b', 1, 'Assessment b'],
      ]);
      expect(listed[0]).toEqual(latest.summary);
    });

    test('readSnapshots, where offered, gives each summary and snapshot as of the latest append', async () => {
      if (!store.readSnapshots) return;
      const { b, latest } = await twoThenLatest(store);
      expect(pairs(await store.readSnapshots())).toEqual([
        { summary: latest.summary, snapshot: latest.snapshot },
        { summary: b.summary, snapshot: b.snapshot },
      ]);
      expect(await store.readSnapshots(['a', 'missing', 'a'])).toEqual([
        { summary: latest.summary, snapshot: latest.snapshot },
      ]);
      expect(await store.readSnapshots([])).toEqual([]);
    });

    test('readDigests, where offered, gives each summary, with the digest of the latest append if it carried one', async () => {
      if (!store.readDigests) return;
      const { b, latest } = await twoThenLatest(store);
      expect(latest.digest?.annual.title).toBe('Latest title');
      expect(pairs(await store.readDigests())).toEqual([
        { summary: latest.summary, digest: latest.digest },
        { summary: b.summary, digest: b.digest },
      ]);
      expect(await store.readDigests(['a', 'missing', 'a'])).toEqual([
        { summary: latest.summary, digest: latest.digest },
      ]);
      expect(await store.readDigests([])).toEqual([]);
      // Asked for one part, a store may leave the other out.
      for (const part of ['annual', 'checks'] as const) {
        const [found] = await store.readDigests(['a'], part);
        expect(found?.summary).toEqual(latest.summary);
        expect(found?.digest?.digestVersion).toBe(latest.digest?.digestVersion);
        expect(found?.digest?.[part]).toEqual(latest.digest?.[part]);
      }
      // An append without a digest (an older client) leaves none current: the reader falls back.
      const { digest: _, ...bare } = sampleAppend('b', 1, { title: 'Saved without a digest' });
      await store.append(bare);
      expect(pairs(await store.readDigests())).toEqual([
        { summary: latest.summary, digest: latest.digest },
        { summary: bare.summary },
      ]);
    });

    test("readChecks, where offered, gives each assessment's id, title, state and last change, with its latest digest's checks part if it carried one, in list order, a batch at a time", async () => {
      const { readChecks } = store;
      if (!readChecks) return;
      const read = async (batch: number) => {
        const batches: StoredChecks[][] = [];
        for await (const found of readChecks.call(store, batch)) batches.push([...found]);
        return batches;
      };
      // Whatever the batch size, the same assessments in list order, full batches but the last.
      const judged = async () => {
        const whole = await read(100);
        expect(await read(1)).toEqual(whole.flat().map((found) => [found]));
        expect((await read(2)).flat()).toEqual(whole.flat());
        const order = filterSummaries(await store.list()).map(({ id }) => id);
        expect(whole.flat().map(({ id }) => id)).toEqual(order);
        return whole.flat();
      };
      const { b, latest } = await twoThenLatest(store);
      const shown = ({ id, title, welshTitle, welshTitleStale, state, updatedAt }: AssessmentSummary) => ({
        id,
        title,
        ...(welshTitle !== undefined && { welshTitle }),
        ...(welshTitleStale && { welshTitleStale }),
        state,
        updatedAt,
      });
      const checksOf = ({ digest }: AppendRequest) =>
        digest && { digestVersion: digest.digestVersion, checks: digest.checks };
      expect(byId(await judged())).toEqual([
        { ...shown(latest.summary), digest: checksOf(latest) },
        { ...shown(b.summary), digest: checksOf(b) },
      ]);
      // An append without a digest (an older client) leaves none current: the reader checks the snapshot.
      const { digest: _, ...bare } = sampleAppend('b', 1, { title: 'Saved without a digest' });
      await store.append(bare);
      expect(byId(await judged())).toEqual([
        { ...shown(latest.summary), digest: checksOf(latest) },
        shown(bare.summary),
      ]);
      // With the title's Welsh, and whether it was written for English that has changed since.
      const welsh = withWelshTitle(sampleAppend('a', 3), 'Teitl diweddaraf 😀', 'An older title');
      await store.append(welsh);
      const [first] = byId(await judged());
      expect(first).toEqual({ ...shown(welsh.summary), digest: checksOf(welsh) });
      expect(first).toMatchObject({ welshTitle: 'Teitl diweddaraf 😀', welshTitleStale: true });
    });

    test('readChecks, where offered, is not broken by saves during the walk: each assessment at most once, those not saved all given, in list order', async () => {
      const { readChecks } = store;
      if (!readChecks) return;
      await store.init();
      for (const id of ['a', 'b', 'c', 'd', 'e']) await store.append(sampleAppend(id, 0));
      const before = filterSummaries(await store.list()).map(({ id }) => id);
      // One already given and one not yet given are saved after the first batch: both move to the front
      // of the list, which a store reading a range of keys at a time has passed.
      const [done, notYet] = [before[0] as string, before.at(-1) as string];
      const seen: string[] = [];
      for await (const found of readChecks.call(store, 2)) {
        if (seen.length === 0)
          for (const id of [done, notYet]) await store.append(sampleAppend(id, 1, { title: 'Saved during' }));
        seen.push(...found.map(({ id }) => id));
      }
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.every((id) => before.includes(id))).toBe(true);
      const untouched = before.filter((id) => id !== done && id !== notYet);
      expect(seen.filter((id) => untouched.includes(id))).toEqual(untouched);
    });

    test('the profile is undefined until written, then reads back as last written', async () => {
      await store.init();
      expect(await store.readProfile()).toBeUndefined();
      await store.writeProfile(defaultProfile);
      expect(await store.readProfile()).toEqual(defaultProfile);
      const changed: Profile = { ...defaultProfile, users: [] };
      await store.writeProfile(changed);
      expect(await store.readProfile()).toEqual(changed);
    });

    test('reading an id it does not hold gives undefined', async () => {
      await store.init();
      await store.append(sampleAppend('a', 0));
      expect(await store.read('b')).toBeUndefined();
    });

    test('holds many assessments, each readable and listed once', async () => {
      await store.init();
      const ids = Array.from({ length: 40 }, (_, index) => `EQIA-${String(index).padStart(3, '0')}`);
      for (const id of ids) await store.append(sampleAppend(id, 0));
      expect(byId(await store.list()).map((summary) => summary.id)).toEqual(ids);
      expect((await store.read('EQIA-017'))?.summary.title).toBe('Assessment EQIA-017');
    }, 30_000);

    test('what it returns is a copy: changing it does not change the store', async () => {
      await store.init({ profile: defaultProfile });
      const request = sampleAppend('a', 0);
      await store.append(request);
      request.events[0]!.seq = 99;
      request.summary.title = 'Changed after append';
      const read = await store.read('a');
      read!.events.push(read!.events[0]!);
      read!.snapshot.assessment.policy.title = 'Changed after read';
      // A store may hand its summaries back frozen (PostgreSQL's are): setting one then changes nothing.
      Reflect.set((await store.list())[0]!, 'title', 'Changed in list');
      (await store.readProfile())!.users.length = 0;
      const again = await store.read('a');
      expect(again?.events.map((event) => event.seq)).toEqual([1]);
      expect(again?.snapshot.assessment.policy.title).toBe('Assessment a');
      expect((await store.list())[0]?.title).toBe('Assessment a');
      expect(await store.readProfile()).toEqual(defaultProfile);
    });

    test('two writers appending at the same version at once: exactly one wins', async () => {
      const other = (await subject.openAnother?.()) ?? store;
      await store.init();
      await store.append(sampleAppend('a', 0));
      const results = await Promise.allSettled([
        store.append(sampleAppend('a', 1, { by: 'first', count: 2 })),
        other.append(sampleAppend('a', 1, { by: 'second', count: 3 })),
      ]);
      const won = results.findIndex((result) => result.status === 'fulfilled');
      const lost = results.find((result) => result.status === 'rejected');
      expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(lost?.reason).toBeInstanceOf(ConflictError);
      const winner = won === 0 ? 'first' : 'second';
      const stored = await other.read('a');
      expect(stored?.events).toHaveLength(won === 0 ? 3 : 4);
      expect(stored?.events.slice(1).every((event) => JSON.stringify(event.event).includes(winner))).toBe(
        true,
      );
      expect(stored?.summary.version).toBe(stored?.events.length);
      if (other !== store) await other.close();
    });

    test('any sequence of appends, right or stale, keeps exactly the accepted events in order', async () => {
      const step = fc.record({
        id: fc.constantFrom('a', 'b'),
        skew: fc.constantFrom(0, 0, 0, -1, 1),
        count: fc.integer({ min: 1, max: 3 }),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
          const run = await makeStore();
          try {
            await run.store.init();
            const model = new Map<string, number[]>();
            for (const [n, { id, skew, count }] of steps.entries()) {
              const version = model.get(id)?.length ?? 0;
              const request = sampleAppend(id, Math.max(0, version + skew), { count, by: `step${n}` });
              const outcome = await codeOf(run.store.append(request));
              const accepted = request.expectedVersion === version;
              expect(outcome).toBe(accepted ? 'resolved' : 'CONFLICT');
              if (accepted) model.set(id, [...(model.get(id) ?? []), ...request.events.map((e) => e.seq)]);
            }
            for (const [id, seqs] of model) {
              const stored = await run.store.read(id);
              expect(stored?.events.map((event) => event.seq)).toEqual(seqs);
              expect(seqs).toEqual(seqs.map((_, index) => index + 1));
            }
            expect(byId(await run.store.list()).map((summary) => [summary.id, summary.version])).toEqual(
              [...model].sort().map(([id, seqs]) => [id, seqs.length]),
            );
          } finally {
            await run.store.close();
            await run.cleanup();
          }
        }),
        { numRuns: 12 },
      );
    }, 60_000);
  });
  describeReadsThroughClient(name, makeStore);
  describeAwkwardText(name, makeStore);
  describeObjectives(name, makeStore);
  describeEqualityData(name, makeStore);
  describeProfileVersions(name, makeStore);
  describeStoreQueries(name, makeStore);
  describeAnnualTotals(name, makeStore);
  describeDigestRefresh(name, makeStore);
  if (watches) describeWatching(name, makeStore);
}
