import type { ObjectiveSnapshot, ObjectiveSummary } from '@eqia/core';
import { type ObjectiveAppendRequest, type StoredObjective, versionConflict } from '@eqia/sdk';
import type pg from 'pg';

/** An objective and its log in one statement, so both come from the same moment. */
export async function readObjective(
  client: pg.PoolClient,
  s: string,
  id: string,
): Promise<StoredObjective | undefined> {
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
}

/** Inside the caller's transaction: the row lock serialises appends to one objective. */
export async function appendObjective(
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

export async function objectiveSummaries(client: pg.PoolClient, s: string): Promise<ObjectiveSummary[]> {
  const result = await client.query<{ summary: ObjectiveSummary }>(
    `SELECT summary FROM ${s}.objectives ORDER BY id`,
  );
  return result.rows.map((row) => row.summary);
}

export async function objectiveSnapshots(client: pg.PoolClient, s: string): Promise<ObjectiveSnapshot[]> {
  const result = await client.query<{ snapshot: ObjectiveSnapshot }>(
    `SELECT snapshot FROM ${s}.objectives ORDER BY id`,
  );
  return result.rows.map((row) => row.snapshot);
}
