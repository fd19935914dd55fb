import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { cafcassProfile } from '@eqia/core';
import { digestAssessment } from '@eqia/core/checks';
import { type AssessmentSession, createClient } from '@eqia/sdk';
import { nativeSha256 } from '@eqia/sdk/node';
import { openPostgresStore } from '@eqia/store-postgres';
import { startThrowawayServer } from '@eqia/store-postgres/testing';
import pg from 'pg';
import { recordTemplateLog } from '../fixtures/template-log.js';
import { generateAssessment } from '../fixtures/variants.js';
import { inTurns, medianOf, type Timing } from '../measure.js';
import type { SuiteContext } from '../results.js';
import { peerAppender } from './pg-peer.js';

const schema = 'eqia';
const writers = 8;

/**
 * The PostgreSQL store against raw pg, at the large size, on a throwaway server of the bench's own
 * (started and removed here, on a free port, as CI starts one): a saved edit against the peer sending
 * the same statement, eight writing processes against eight peers, a filtered list against the indexed
 * SELECT that answers it, and the client's CPU per save. Each pair is measured in turns.
 */
export async function postgresSuite(context: SuiteContext): Promise<void> {
  const server = await startThrowawayServer();
  try {
    // At least the 96 assessments the writers and peers below edit, every fourth one.
    const size = Math.max(context.sizes.large, 100);
    const store = openPostgresStore(server.url, { schema });
    await fill(context, store, size);
    await saves(context, store, server.url, size);
    await eightWriters(context, server.url);
    await filteredList(context, store, server.url, size);
    await store.close();
  } finally {
    await server.remove();
  }
}

/** Generated assessments (see variants.ts), each appended through the store with its digest. */
async function fill(context: SuiteContext, store: ReturnType<typeof openPostgresStore>, size: number) {
  context.log(`filling a PostgreSQL store with ${size} generated assessments…`);
  await store.init({ profile: cafcassProfile });
  const template = await recordTemplateLog();
  // Four appends in flight, so that the server's commits overlap with generating the next assessments.
  let next = 0;
  const appendNext = async () => {
    for (let n = next++; n < size; n = next++) {
      const { id, summary, snapshot, events } = generateAssessment(template, n);
      const digest = digestAssessment(snapshot.assessment, cafcassProfile, []);
      await store.append({ id, expectedVersion: 0, events, snapshot, summary, digest });
      if (n % 2000 === 1999) context.log(`  ${n + 1} of ${size}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, appendNext));
  const admin = new pg.Client(store.location.split(' ')[0]);
  await admin.connect();
  await admin.query('VACUUM ANALYZE');
  await admin.end();
}

/** Assessments still being written (every fourth generated one): the eqia writers and the peers. */
const editable = (k: number) => `eqia-${String(k * 4).padStart(5, '0')}`;

async function saves(
  context: SuiteContext,
  store: ReturnType<typeof openPostgresStore>,
  url: string,
  size: number,
) {
  const client = await createClient({ store, user: 'amara', sha256: nativeSha256 });
  const session: AssessmentSession = await client.open(editable(0));
  let n = 0;
  const eqia = () =>
    session.edit('policy', (policy) => {
      policy.scope = `${policy.scope.replace(/ \(edit \d+\)$/, '')} (edit ${++n})`;
    });
  const peer = await peerAppender(store, url, schema, editable(1));
  // 400 saves a side in ten blocks each: the 95th percentile is then the 20th slowest save, which two
  // or three of the collector's pauses more or fewer no longer decide (with 100 it was the 5th).
  const rounds = context.smoke ? 1 : 10;
  const runs = Math.ceil(context.runs(400) / rounds);
  const timings = await inTurns({ eqia, raw: peer.append }, { rounds, runs });
  record(context, 'pg-save', `save one edit through eqia (${size}, PostgreSQL)`, timings.eqia, 'pg-raw-save');
  record(context, 'pg-raw-save', 'the raw pg peer sending the same statement', timings.raw);
  for (const [name, timing] of Object.entries(timings))
    context.record({
      id: `pg-${name === 'raw' ? 'raw-' : ''}save-p95`,
      label: `${name === 'raw' ? 'the raw peer' : 'eqia'}'s save, 95th percentile`,
      unit: 'ms',
      value: percentile(timing.samples, 0.95),
      runs: timing.runs,
      ...(name === 'eqia' && { baseline: 'pg-raw-save-p95' }),
    });
  // This process's CPU per save, the server's not counted: what the SDK adds to the peer's own work.
  // In turns, as the times are: a block of saves of each side, one after the other, each block's CPU
  // per save a sample, each side's figure the median of its blocks (a block taken a minute after the
  // other's would measure the minute's load and the collector's state as much as the code).
  const cpu = await cpuInTurns({ eqia, raw: peer.append }, rounds, Math.ceil(context.runs(200) / rounds));
  context.record({
    id: 'pg-cpu',
    label: 'client CPU per save, eqia',
    unit: 'ms',
    ...cpu.eqia,
    baseline: 'pg-raw-cpu',
  });
  context.record({ id: 'pg-raw-cpu', label: 'client CPU per save, the raw peer', unit: 'ms', ...cpu.raw });
  await peer.close();
}

/** Each side's user and system CPU per call, over `rounds` blocks of `count` calls a side in turns. */
async function cpuInTurns<Name extends string>(
  sides: Record<Name, () => Promise<unknown>>,
  rounds: number,
  count: number,
): Promise<Record<Name, { value: number; runs: number }>> {
  const blocks = new Map<Name, number[]>();
  for (let round = 0; round < rounds; round++)
    for (const [name, side] of Object.entries(sides) as [Name, () => Promise<unknown>][]) {
      const before = process.cpuUsage();
      for (let i = 0; i < count; i++) await side();
      const used = process.cpuUsage(before);
      blocks.set(name, [...(blocks.get(name) ?? []), (used.user + used.system) / 1000 / count]);
    }
  const found = {} as Record<Name, { value: number; runs: number }>;
  for (const [name, taken] of blocks) found[name] = { value: medianOf(taken), runs: rounds * count };
  return found;
}

/** Eight processes, each saving to its own assessment as fast as it can; eqia's and the peers' in turns. */
async function eightWriters(context: SuiteContext, url: string) {
  const seconds = context.smoke ? 1 : 5;
  const rounds = context.smoke ? 1 : 2;
  const totals = { eqia: 0, raw: 0 };
  for (let round = 0; round < rounds; round++)
    for (const mode of ['eqia', 'raw'] as const) {
      const first = mode === 'eqia' ? 8 : 16;
      const children = Array.from({ length: writers }, (_, w) =>
        fork(new URL('./pg-writer.ts', import.meta.url), [mode, url, schema, editable(first + w)], {
          execArgv: ['--import', 'tsx'],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        }),
      );
      const message = (child: (typeof children)[number]) =>
        new Promise<unknown>((resolve, reject) => {
          child.once('message', resolve);
          child.once('exit', (code) => reject(new Error(`a ${mode} writer exited (${code})`)));
        });
      await Promise.all(children.map(message));
      const counted = children.map(message);
      for (const child of children) child.send(seconds);
      const saved = (await Promise.all(counted)) as number[];
      totals[mode] += saved.reduce((sum, count) => sum + count, 0) / seconds / rounds;
    }
  context.log(`eight writers on ${cpus().length} cores`);
  context.record({
    id: 'pg-writers',
    label: `saves per second, ${writers} eqia processes`,
    unit: 'per s',
    value: totals.eqia,
    runs: rounds,
    baseline: 'pg-raw-writers',
  });
  context.record({
    id: 'pg-raw-writers',
    label: `saves per second, ${writers} raw peer processes`,
    unit: 'per s',
    value: totals.raw,
    runs: rounds,
  });
}

/** A negative impact on disability (a third of the store), through the client and as a raw SELECT. */
async function filteredList(
  context: SuiteContext,
  store: ReturnType<typeof openPostgresStore>,
  url: string,
  size: number,
) {
  const client = await createClient({ store, user: 'amara', sha256: nativeSha256 });
  const raw = new pg.Client(url);
  await raw.connect();
  // The same question, the same answer: each matching row's listing (the json column of schema step 9,
  // which pg parses row by row), in the list's order (most recently changed first, then by id).
  const sql = `SELECT listing FROM "${schema}".assessments WHERE negative_characteristics @> ARRAY['disability']
                ORDER BY updated_at DESC, id COLLATE "C"`;
  const filter = { characteristic: 'disability' };
  const rawList = async () =>
    (await raw.query<{ listing: { id: string } }>({ name: 'bench-filter', text: sql })).rows;
  const listed = JSON.stringify((await rawList()).map((row) => row.listing));
  if (JSON.stringify(await client.list(filter)) !== listed)
    throw new Error('the raw SELECT does not answer what client.list answers');
  const rounds = context.smoke ? 1 : 10;
  const timings = await inTurns(
    { eqia: () => client.list(filter), raw: rawList },
    { rounds, runs: Math.ceil(context.runs(40) / rounds) },
  );
  record(
    context,
    'pg-filter',
    `list (listings) with a negative impact on disability (${size}, PostgreSQL)`,
    timings.eqia,
    'pg-raw-filter',
  );
  record(context, 'pg-raw-filter', 'the indexed SELECT that answers it (raw pg)', timings.raw);
  await raw.end();
}

function record(context: SuiteContext, id: string, label: string, timing: Timing, baseline?: string) {
  context.record({
    id,
    label,
    unit: 'ms',
    value: timing.medianMs,
    runs: timing.runs,
    ...(baseline && { baseline }),
  });
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}
