import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annualFactsOf } from '@eqia/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { EqiaClient } from '../src/client/types.js';
import { createFileStore } from '../src/store/file/file-store.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import type { AssessmentStore } from '../src/store/port.js';
import { profile, type World, world } from './client-setup.js';
import { fullWalk } from './client-walk-steps.js';

const directories: string[] = [];
afterEach(async () => {
  for (const directory of directories.splice(0)) await rm(directory, { recursive: true, force: true });
});

async function fileStore(): Promise<AssessmentStore> {
  const directory = await mkdtemp(join(tmpdir(), 'eqia-digests-'));
  directories.push(directory);
  const store = createFileStore({ directory });
  await store.init({ profile });
  return store;
}

/** A store that reads neither digests nor snapshots on their own, as an adapter written before them. */
function readingWholeOnly(store: AssessmentStore): AssessmentStore {
  const { readDigests: _, readSnapshots: __, ...rest } = store;
  return { ...rest, kind: store.kind, location: store.location };
}

const stores: Record<string, () => Promise<AssessmentStore>> = {
  memory: async () => createMemoryStore({ profile }),
  file: fileStore,
  'an adapter without readDigests or readSnapshots': async () =>
    readingWholeOnly(createMemoryStore({ profile })),
};

/** The original (superseded), its signed-off revision, and a draft. */
async function walked(store: AssessmentStore): Promise<World> {
  const w = world({ store });
  await fullWalk(w);
  await (await w.as('ben')).create({ title: 'A draft of something else' });
  return w;
}

/** What the queries must equal: each assessment read whole, in list order. */
async function readWhole(client: EqiaClient) {
  const views = await Promise.all((await client.list()).map((summary) => client.get(summary.id)));
  return {
    facts: views.map(({ summary, assessment }) => ({ summary, facts: annualFactsOf(assessment) })),
    findings: views.map(({ summary, findings }) => ({ summary, findings })),
  };
}

describe.each(Object.entries(stores))('whole-store queries on %s', (_, makeStore) => {
  it('give each assessment’s annual facts and findings as reading it whole does, in list order', async () => {
    const w = await walked(await makeStore());
    const val = await w.as('val');
    const whole = await readWhole(val);
    expect(whole.facts).toHaveLength(3);
    // Where the store keeps digests, every assessment has a current one: the queries did not fall back.
    if (w.store.readDigests) {
      const found = await w.store.readDigests();
      expect(found.filter((stored) => stored.digest)).toHaveLength(3);
    }
    expect(await val.annualFacts()).toEqual(whole.facts);
    expect(await val.checkAll()).toEqual(whole.findings);
  });

  it('judge the clock rules on the day asked, not the day saved', async () => {
    const w = await walked(await makeStore());
    const val = await w.as('val');
    w.time.advanceDays(3 * 365);
    const later = await val.checkAll();
    expect(later).toEqual((await readWhole(val)).findings);
    expect(later.flatMap(({ findings }) => findings.map((finding) => finding.ruleId))).toContain(
      'review-date-set',
    );
  });

  it('check again under a changed profile (digests made under the old one cannot say)', async () => {
    const w = await walked(await makeStore());
    const admin = await w.as('ops');
    await admin.updateProfile((draft) => {
      draft.ruleOverrides['review-date-set'] = 'off';
      draft.ruleOverrides['engagement-recorded'] = 'info';
    });
    const val = await w.as('val');
    const found = await val.checkAll();
    expect(found).toEqual((await readWhole(val)).findings);
    expect(found.flatMap(({ findings }) => findings.map((finding) => finding.ruleId))).not.toContain(
      'review-date-set',
    );
  });

  it('take the same filter as list()', async () => {
    const val = await (await walked(await makeStore())).as('val');
    expect((await val.annualFacts({ state: 'superseded' })).map((found) => found.facts.revision)).toEqual([
      1,
    ]);
    expect(await val.checkAll({ text: 'nothing is called this' })).toEqual([]);
  });
});

describe('the file store’s digest cache', () => {
  it('is built by init for a store made before digests, and a stale line is not used', async () => {
    const store = await fileStore();
    const w = await walked(store);
    const val = await w.as('val');
    const expected = await readWhole(val);
    const directory = store.location;
    const caches = ['digests-annual.jsonl', 'digests-checks.jsonl'].map((name) => join(directory, name));
    const lines = await Promise.all(
      caches.map(async (cache) => (await readFile(cache, 'utf8')).trimEnd().split('\n')),
    );
    const withDigest = async () =>
      ((await store.readDigests?.()) ?? []).filter((found) => found.digest).map((found) => found.summary.id);
    await rm(caches[0] ?? '');
    expect(await withDigest()).toEqual([]);
    await createFileStore({ directory }).init();
    expect((await withDigest()).sort()).toEqual((await val.list()).map((summary) => summary.id).sort());

    // Lines of older versions than the index's, as if the last saves were made by an older eqia.
    for (const [index, cache] of caches.entries()) {
      const [header = '', ...rest] = lines[index] ?? [];
      const stale = rest.map((line) => JSON.stringify({ ...JSON.parse(line), version: 0 }));
      await writeFile(cache, `${[header, ...stale].join('\n')}\n`);
    }
    expect(await withDigest()).toEqual([]);
    expect(await val.annualFacts()).toEqual(expected.facts);
    expect(await val.checkAll()).toEqual(expected.findings);
  });
});
