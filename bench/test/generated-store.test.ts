import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AssessmentEvent, createLifecycle, verifyChain } from '@eqia/core';
import { check } from '@eqia/core/checks';
import { createClient } from '@eqia/sdk';
import { openSqliteStore } from '@eqia/store-sqlite';
import { describe, expect, test } from 'vitest';
import { generateStore } from '../src/fixtures/generated-store.js';
import { recordTemplateLog } from '../src/fixtures/template-log.js';
import { generateAssessment } from '../src/fixtures/variants.js';

describe('generated stores', () => {
  // Shapes are replayed once for every n that shares them (n % 1,800): each n's own log must replay to
  // its own snapshot, so the n that reuse a shape are checked beside the first that made it.
  test("each generated assessment's log is chained and replays to its snapshot", async () => {
    const template = await recordTemplateLog();
    const replayer = createLifecycle();
    for (const n of [0, 1, 2, 3, 7, 1800, 1801, 3602, 99_999]) {
      const { id, snapshot, events, summary } = generateAssessment(template, n);
      expect(summary.id).toBe(id);
      expect(verifyChain(events).ok).toBe(true);
      expect(replayer.replay(events.map((entry) => entry.event as AssessmentEvent))).toEqual(snapshot);
    }
  });

  test('a generated store verifies, every assessment in it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'eqia-bench-test-'));
    try {
      const file = join(root, 'eqia.db');
      await generateStore(file, 12, () => {});
      const client = await createClient({ store: openSqliteStore(file), user: 'amara' });
      const listed = await client.list();
      expect(listed.map((summary) => summary.id).sort()).toEqual(
        Array.from({ length: 12 }, (_, n) => `eqia-${String(n).padStart(5, '0')}`),
      );
      for (const { id } of listed) expect((await client.verify(id)).ok).toBe(true);
      await client.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe("a generated store's whole-store check", () => {
  // The whole-store check reads each assessment's kept checks and judges them on the day; it must give
  // what judging every assessment afresh gives that day, in list order, on any day.
  test('is check() of every assessment on the day of the check, in list order', async () => {
    const root = await mkdtemp(join(tmpdir(), 'eqia-bench-test-'));
    try {
      const file = join(root, 'eqia.db');
      await generateStore(file, 12, () => {});
      const store = openSqliteStore(file);
      const profile = await store.readProfile();
      if (!profile) throw new Error('a generated store has a profile');
      // Days before, on and after the bench's clock, across review dates and evidence going stale.
      const days = ['2024-01-01', '2025-07-15', '2026-06-01', '2026-11-30', '2027-09-01', '2030-12-31'];
      for (const day of days) {
        const now = `${day}T09:00:00.000Z`;
        const client = await createClient({
          store: openSqliteStore(file),
          user: 'amara',
          clock: () => new Date(now),
        });
        const fresh = (await client.snapshots()).map(({ assessment }) => ({
          id: assessment.id,
          findings: check(assessment, profile, { now }),
        }));
        const order = (await client.list()).map(({ id }) => id);
        const all = await client.checkAll();
        expect(all.map(({ id }) => id)).toEqual(order);
        expect(all.some(({ findings }) => findings.length > 0)).toBe(true);
        expect(all.map(({ id, findings }) => ({ id, findings }))).toEqual(
          order.map((id) => fresh.find((entry) => entry.id === id)),
        );
        await client.close();
      }
      await store.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 120_000);
});
