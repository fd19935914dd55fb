import type { ObjectiveSnapshot, ObjectiveSummary } from '@eqia/core';
import {
  type CallOptions,
  type ObjectiveAppendRequest,
  type StoredObjective,
  versionConflict,
} from '@eqia/sdk';
import type pg from 'pg';
import type { ServerCalls } from './server-calls.js';

/** PostgreSQL's unique_violation: two creators of one objective id both found no row. */
const uniqueViolation = '23505';

/** The objectives' statements, beside the assessments'. */
export interface ObjectiveStatements {
  read(id: string, call?: CallOptions): Promise<StoredObjective | undefined>;
  append(request: ObjectiveAppendRequest, call?: CallOptions): Promise<void>;
  summaries(call?: CallOptions): Promise<ObjectiveSummary[]>;
  snapshots(call?: CallOptions): Promise<ObjectiveSnapshot[]>;
}

export function objectiveStatements(calls: ServerCalls, s: string): ObjectiveStatements {
  return {
    // One statement, so the objective and its log come from the same moment.
    read: (id, call) =>
      calls.withClient(async (client) => {
        const result = await client.query<StoredObjective>(
          `SELECT o.summary, o.snapshot,
                  (SELECT coalesce(json_agg(json_build_object(
                            'seq', e.seq, 'event', e.event, 'prevHash', e.prev_hash, 'hash', e.hash)
                            ORDER BY e.seq), '[]'::json)
                     FROM ${s}.objective_events e WHERE e.objective_id = o.id) AS events
             FROM ${s}.objectives o WHERE o.id = $1`,
          [id],
        );
        return result.rows[0];
      }, call?.signal),

    append: (request, call) =>
      calls.withClient(async (client) => {
        await client.query('BEGIN');
        try {
          await appendInTransaction(client, s, request);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          // Two creators of the same id both saw no row: the primary key decides, the loser gets a conflict.
          if ((error as { code?: unknown }).code === uniqueViolation)
            throw versionConflict(request.id, request.expectedVersion, 1, 'objective');
          throw error;
        }
      }, call?.signal),

    summaries: (call) =>
      calls.withClient(async (client) => {
        const result = await client.query<{ summary: ObjectiveSummary }>(
          `SELECT summary FROM ${s}.objectives ORDER BY id`,
        );
        return result.rows.map((row) => row.summary);
      }, call?.signal),

    snapshots: (call) =>
      calls.withClient(async (client) => {
        const result = await client.query<{ snapshot: ObjectiveSnapshot }>(
          `SELECT snapshot FROM ${s}.objectives ORDER BY id`,
        );
        return result.rows.map((row) => row.snapshot);
      }, call?.signal),
  };
}

/** Inside the caller's transaction: the row lock serialises appends to one objective. */
async function appendInTransaction(
  client: pg.PoolClient,
  s: string,
  request: ObjectiveAppendRequest,
): Promise<void> {
  const { id, expectedVersion, events, summary, snapshot } = request;
  const current = await client.query<{ version: number }>(
    `SELECT version FROM ${s}.objectives WHERE id = $1 FOR UPDATE`,
    [id],
  );
  const actual = current.rows[0]?.version ?? 0;
  if (actual !== expectedVersion) throw versionConflict(id, expectedVersion, actual, 'objective');
  const { objective } = snapshot;
  await client.query(
    `INSERT INTO ${s}.objectives (id, version, status, owner, title, summary, snapshot)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, status = excluded.status,
       owner = excluded.owner, title = excluded.title, summary = excluded.summary, snapshot = excluded.snapshot`,
    [
      id,
      summary.version,
      objective.status,
      objective.owner,
      objective.title,
      JSON.stringify(summary),
      JSON.stringify(snapshot),
    ],
  );
  for (const entry of events)
    await client.query(
      `INSERT INTO ${s}.objective_events (objective_id, seq, event, prev_hash, hash) VALUES ($1, $2, $3, $4, $5)`,
      [id, entry.seq, JSON.stringify(entry.event), entry.prevHash, entry.hash],
    );
}
