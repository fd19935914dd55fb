import { join } from 'node:path';
import { type RecordedEvent, recordEvent } from '@eqia/core';
import type { AppendRequest } from '@eqia/sdk';
import { openSqliteStore } from '@eqia/store-sqlite';
import Database from 'better-sqlite3';
import { DATABASE_NAME, workingCopy } from '../fixtures/generated-store.js';
import { inTurns } from '../measure.js';
import type { SuiteContext } from '../results.js';

/**
 * The store's own part of a save, its append, against a peer: raw better-sqlite3 on its own connection
 * to the same database, with the same pragmas, sending the statements any store of this schema must
 * (the version check, the assessment row, its characteristics, the event) for another assessment of
 * the same size. Both serialise the same documents. Measured in turns, since their ratio is the budget.
 */
export async function transactionSuite(context: SuiteContext, cached: string): Promise<void> {
  const copy = await workingCopy(cached);
  const file = join(copy.directory, DATABASE_NAME);
  const store = openSqliteStore(file);
  try {
    const viaStore = await appender(store, 'eqia-00000', (request) => store.append(request));
    const peer = rawPeer(file);
    const viaPeer = await appender(store, 'eqia-00004', async (request) => peer.append(request));
    const rounds = context.smoke ? 1 : 5;
    const runs = Math.ceil(context.runs(60) / rounds);
    const timings = await inTurns({ store: viaStore, raw: viaPeer }, { rounds, runs });
    peer.close();
    context.record({
      id: 'store-transaction',
      label: "the store's append of one event (its transaction)",
      unit: 'ms',
      value: timings.store.medianMs,
      runs: timings.store.runs,
    });
    context.record({
      id: 'raw-transaction',
      label: 'raw better-sqlite3 writing the same rows',
      unit: 'ms',
      value: timings.raw.medianMs,
      runs: timings.raw.runs,
    });
  } finally {
    await store.close();
    await copy.remove();
  }
}

/** Appends one more event to the assessment each call, its snapshot and digest as they were. */
async function appender(
  store: ReturnType<typeof openSqliteStore>,
  id: string,
  append: (request: AppendRequest) => Promise<void>,
): Promise<() => Promise<void>> {
  const stored = await store.read(id);
  const digest = (await store.readDigests?.([id]))?.[0]?.digest;
  if (!stored || !digest) throw new Error(`the generated store has no ${id}`);
  const log: RecordedEvent[] = stored.events;
  const { snapshot } = stored;
  return async () => {
    const event = { type: 'note', by: { id: 'amara', roles: ['author'] }, at: new Date().toISOString() };
    const recorded = recordEvent(log.at(-1), event);
    const summary = { ...stored.summary, version: log.length + 1, updatedAt: event.at };
    await append({
      id,
      expectedVersion: log.length,
      events: [recorded],
      snapshot,
      summary,
      digest: digest as AppendRequest['digest'],
    });
    log.push(recorded);
  };
}

/** The peer: the statements, prepared once, in one IMMEDIATE transaction, on a connection of its own. */
function rawPeer(file: string) {
  const db = new Database(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;');
  const version = db.prepare<[string], number>('SELECT version FROM assessments WHERE id = ?').pluck();
  const update = db.prepare(
    `UPDATE assessments SET version = ?, state = ?, stage = ?, title = ?, reference = ?, team = ?,
       owner = ?, created_by = ?, created_at = ?, updated_at = ?, outcome = ?, screened_out = ?,
       decision_date = ?, next_review_date = ?, published_at = ?, team_key = ?, search_text = ?,
       summary = ?, digest = ?, snapshot = ? WHERE id = ?`,
  );
  const clear = db.prepare('DELETE FROM assessment_characteristics WHERE assessment_id = ?');
  const add = db.prepare(
    'INSERT INTO assessment_characteristics (assessment_id, characteristic) VALUES (?, ?)',
  );
  const insert = db.prepare(
    'INSERT INTO events (assessment_id, seq, event, prev_hash, hash) VALUES (?, ?, ?, ?, ?)',
  );
  const write = db.transaction((request: AppendRequest) => {
    const { id, summary: s } = request;
    if (version.get(id) !== request.expectedVersion) throw new Error('conflict');
    update.run(
      s.version,
      s.state,
      s.stage ?? null,
      s.title,
      s.reference,
      s.team,
      s.owner ?? null,
      s.createdBy,
      s.createdAt,
      s.updatedAt,
      s.outcome ?? null,
      s.screenedOut ? 1 : 0,
      s.decisionDate ?? null,
      s.nextReviewDate ?? null,
      s.publishedAt ?? null,
      s.team.toLowerCase(),
      [s.title, s.reference, s.team].join('\n').toLowerCase(),
      JSON.stringify(s),
      JSON.stringify(request.digest),
      JSON.stringify(request.snapshot),
      id,
    );
    clear.run(id);
    for (const characteristic of s.negativeCharacteristics) add.run(id, characteristic);
    for (const e of request.events) insert.run(id, e.seq, JSON.stringify(e.event), e.prevHash, e.hash);
  });
  return { append: (request: AppendRequest) => write.immediate(request), close: () => db.close() };
}
