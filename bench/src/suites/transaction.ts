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
 * to the same database, with the same pragmas, writing the rows the store writes (the version check,
 * the assessment's row, its summary, its digest's parts, its characteristics, the event) for another
 * assessment of the same size. Both serialise the same documents. Measured in turns, since their ratio is the budget.
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

/**
 * The peer: the statements, prepared once, in one IMMEDIATE transaction, on a connection of its own.
 * It writes the rows the store writes (schema step 6): the assessment's row, setting the indexed columns
 * only when one changed; the summary's row in assessment_list; the digest's two parts; the
 * characteristics that changed; the event. Each row is upserted in place, and a digest part only when
 * it differs, as the store does.
 */
function rawPeer(file: string) {
  const db = new Database(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;');
  type Indexed = {
    version: number;
    state: string;
    owner: string | null;
    team_key: string;
    next_review_date: string | null;
  };
  const current = db.prepare<[string], Indexed>(
    'SELECT version, state, owner, team_key, next_review_date FROM assessments WHERE id = ?',
  );
  const update = db.prepare(
    `UPDATE assessments SET version = ?, stage = ?, title = ?, reference = ?, team = ?, created_by = ?,
       created_at = ?, updated_at = ?, outcome = ?, screened_out = ?, decision_date = ?, published_at = ?,
       search_text = ?, snapshot = ? WHERE id = ?`,
  );
  const updateIndexed = db.prepare(
    'UPDATE assessments SET state = ?, owner = ?, team_key = ?, next_review_date = ? WHERE id = ?',
  );
  const summary = db.prepare(
    `INSERT INTO assessment_list (id, updated_at, summary) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, summary = excluded.summary`,
  );
  const checks = db.prepare(
    `INSERT INTO assessment_checks (id, profile_fingerprint, checks) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET profile_fingerprint = excluded.profile_fingerprint, checks = excluded.checks
      WHERE profile_fingerprint IS NOT excluded.profile_fingerprint OR checks IS NOT excluded.checks`,
  );
  const annual = db.prepare(
    `INSERT INTO assessment_annual (id, state, created_on, decision_date, last_approved_on, published_on,
       withdrawn_on, next_review_date, annual) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET state = excluded.state, created_on = excluded.created_on,
       decision_date = excluded.decision_date, last_approved_on = excluded.last_approved_on,
       published_on = excluded.published_on, withdrawn_on = excluded.withdrawn_on,
       next_review_date = excluded.next_review_date, annual = excluded.annual
      WHERE state IS NOT excluded.state OR created_on IS NOT excluded.created_on
         OR decision_date IS NOT excluded.decision_date OR last_approved_on IS NOT excluded.last_approved_on
         OR published_on IS NOT excluded.published_on OR withdrawn_on IS NOT excluded.withdrawn_on
         OR next_review_date IS NOT excluded.next_review_date OR annual IS NOT excluded.annual`,
  );
  const drop = db.prepare(
    `DELETE FROM assessment_characteristics
      WHERE assessment_id = ? AND characteristic NOT IN (SELECT value FROM json_each(?))`,
  );
  const add = db.prepare(
    `INSERT OR IGNORE INTO assessment_characteristics (assessment_id, characteristic)
     SELECT ?, value FROM json_each(?)`,
  );
  const insert = db.prepare(
    'INSERT INTO events (assessment_id, seq, event, prev_hash, hash) VALUES (?, ?, ?, ?, ?)',
  );
  const write = db.transaction((request: AppendRequest) => {
    const { id, summary: s, digest } = request;
    const row = current.get(id);
    if (row?.version !== request.expectedVersion) throw new Error('conflict');
    const indexed = [s.state, s.owner ?? null, s.team.toLowerCase(), s.nextReviewDate ?? null] as const;
    const before = [row.state, row.owner, row.team_key, row.next_review_date];
    update.run(
      s.version,
      s.stage ?? null,
      s.title,
      s.reference,
      s.team,
      s.createdBy,
      s.createdAt,
      s.updatedAt,
      s.outcome ?? null,
      s.screenedOut ? 1 : 0,
      s.decisionDate ?? null,
      s.publishedAt ?? null,
      [s.title, s.reference, s.team].join('\n').toLowerCase(),
      JSON.stringify(request.snapshot),
      id,
    );
    if (indexed.some((value, k) => value !== before[k])) updateIndexed.run(...indexed, id);
    summary.run(id, s.updatedAt, JSON.stringify(s));
    if (digest) {
      const { digestVersion, annual: facts } = digest;
      checks.run(
        id,
        digest.checks.profileFingerprint,
        // As ASCII JSON, as the store writes it (store-sqlite's ascii-json.ts, schema step 12).
        JSON.stringify({ digestVersion, checks: digest.checks }).replace(
          /[\u0080-\uffff]/g,
          (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
        ),
      );
      annual.run(
        id,
        s.state,
        facts.createdOn,
        facts.decisionDate ?? null,
        facts.lastApprovedOn ?? null,
        facts.publishedOn ?? null,
        facts.withdrawnOn ?? null,
        facts.nextReviewDate ?? null,
        JSON.stringify({ digestVersion, annual: facts }),
      );
    }
    const characteristics = JSON.stringify(s.negativeCharacteristics);
    drop.run(id, characteristics);
    add.run(id, characteristics);
    for (const e of request.events) insert.run(id, e.seq, JSON.stringify(e.event), e.prevHash, e.hash);
  });
  return { append: (request: AppendRequest) => write.immediate(request), close: () => db.close() };
}
