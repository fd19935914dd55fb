import type { ObjectiveSnapshot, ObjectiveSummary, RecordedEvent } from '@eqia/core/light';
import { type ObjectiveAppendRequest, type StoredObjective, versionConflict } from '@eqia/sdk/light';
import type Database from 'better-sqlite3';
import type { EventRow } from './statements.js';

/** The objectives' statements and transactions, prepared once per open database beside the assessments'. */
export interface ObjectiveStatements {
  append(request: ObjectiveAppendRequest): void;
  read(id: string): StoredObjective | undefined;
  summaries(): ObjectiveSummary[];
  snapshots(): ObjectiveSnapshot[];
}

export function prepareObjectives(db: Database.Database): ObjectiveStatements {
  const version = db.prepare<[string], number>('SELECT version FROM objectives WHERE id = ?').pluck();
  const upsert = db.prepare<[string, number, string, string, string, string, string]>(
    `INSERT INTO objectives (id, version, status, owner, title, summary, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, status = excluded.status, owner = excluded.owner,
       title = excluded.title, summary = excluded.summary, snapshot = excluded.snapshot`,
  );
  const addEvent = db.prepare<[string, number, string, string, string]>(
    'INSERT INTO objective_events (objective_id, seq, event, prev_hash, hash) VALUES (?, ?, ?, ?, ?)',
  );
  const row = db.prepare<[string], { summary: string; snapshot: string }>(
    'SELECT summary, snapshot FROM objectives WHERE id = ?',
  );
  const events = db.prepare<[string], EventRow>(
    'SELECT seq, event, prev_hash, hash FROM objective_events WHERE objective_id = ? ORDER BY seq',
  );
  const summaries = db.prepare<[], string>('SELECT summary FROM objectives').pluck();
  const snapshots = db.prepare<[], string>('SELECT snapshot FROM objectives').pluck();

  const append = db.transaction((request: ObjectiveAppendRequest, texts: EventRow[]) => {
    const { id, expectedVersion, summary, snapshot } = request;
    const actual = version.get(id) ?? 0;
    if (actual !== expectedVersion) throw versionConflict(id, expectedVersion, actual, 'objective');
    const document = snapshot.objective;
    upsert.run(
      id,
      summary.version,
      document.status,
      document.owner,
      document.title,
      JSON.stringify(summary),
      JSON.stringify(snapshot),
    );
    for (const entry of texts) addEvent.run(id, entry.seq, entry.event, entry.prev_hash, entry.hash);
  });
  // One read transaction, so the objective and its log come from the same commit.
  const read = db.transaction((id: string): StoredObjective | undefined => {
    const found = row.get(id);
    return (
      found && {
        summary: JSON.parse(found.summary) as ObjectiveSummary,
        snapshot: JSON.parse(found.snapshot) as ObjectiveSnapshot,
        events: events.all(id).map(
          (entry): RecordedEvent => ({
            seq: entry.seq,
            event: JSON.parse(entry.event) as unknown,
            prevHash: entry.prev_hash,
            hash: entry.hash,
          }),
        ),
      }
    );
  });

  return {
    append(request) {
      const texts = request.events.map((entry) => ({
        seq: entry.seq,
        event: JSON.stringify(entry.event),
        prev_hash: entry.prevHash,
        hash: entry.hash,
      }));
      // IMMEDIATE: the write lock before the version is read, as for assessments.
      append.immediate(request, texts);
    },
    read: (id) => read.deferred(id),
    summaries: () => summaries.all().map((text) => JSON.parse(text) as ObjectiveSummary),
    snapshots: () => snapshots.all().map((text) => JSON.parse(text) as ObjectiveSnapshot),
  };
}
