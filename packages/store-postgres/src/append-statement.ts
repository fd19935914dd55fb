import { createHash, randomUUID } from 'node:crypto';
import type { AppendRequest } from '@eqia/sdk';
import type pg from 'pg';
import { assessmentColumns, assessmentValues } from './assessment-row.js';

/**
 * An append as one statement, its values all worked out before it is sent: the version is checked by
 * the statement itself (`UPDATE … WHERE version = $2`, or an insert that does nothing when the id is
 * taken), and so is the profile's when the request names one, so the row lock is held only while the
 * server writes and commits, never while this process works, and a save is one round trip. The
 * assessment row and its events are written together or not at all; `appended` is 0 when a version did
 * not match, and the caller then asks what happened.
 */
export interface AppendStatements {
  /** The statement for this request, with every document already serialised. */
  forRequest(request: AppendRequest): { query: pg.QueryConfig; commandId: string };
  /**
   * After `appended` came back 0: the version now, the profile's version now, and whether this command's
   * events are already in.
   */
  outcome(id: string, expectedVersion: number, commandId: string): pg.QueryConfig;
}

/** The profile's version, from its row: the MD5 of its text as kept (a json column keeps it as written). */
export const profileVersionSql = 'md5(profile::text)';

export function appendStatements(schema: string): AppendStatements {
  // Prepared once per connection under a name (parsing and planning a statement of this size costs the
  // server about as much as running it); the name carries the schema, as the text does.
  const tag = createHash('sha256').update(schema).digest('hex').slice(0, 16);
  const count = assessmentColumns.length;
  const columns = (from: number) => assessmentColumns.map((_, i) => `$${i + from}`);
  // The events go as four arrays (seq, event, prevHash, hash), each event as its JSON text: stored exactly
  // as written, since the server only checks it (taking it apart would refuse an escaped NUL).
  const logged = (events: number, command: number) => `logged AS (
      INSERT INTO ${schema}.events (assessment_id, seq, event, prev_hash, hash, command_id)
      SELECT saved.id, entry.seq, entry.event::json, entry.prev_hash, entry.hash, $${command}
        FROM saved, unnest($${events}::integer[], $${events + 1}::text[], $${events + 2}::text[],
                           $${events + 3}::text[]) AS entry (seq, event, prev_hash, hash)
      RETURNING 1)
    SELECT count(*)::integer AS appended FROM logged`;
  const profileNow = `(SELECT ${profileVersionSql} FROM ${schema}.profile)`;
  // Null when the request names no profile version: then the profile is not checked.
  const profileIs = (n: number) => `($${n}::text IS NULL OR $${n} = ${profileNow})`;
  const create = `WITH saved AS (
      INSERT INTO ${schema}.assessments (id, ${assessmentColumns.join(', ')})
      SELECT $1, ${columns(2).join(', ')} WHERE ${profileIs(count + 7)}
      ON CONFLICT (id) DO NOTHING RETURNING id),
    ${logged(count + 2, count + 6)}`;
  const update = `WITH saved AS (
      UPDATE ${schema}.assessments SET ${assessmentColumns.map((c, i) => `${c} = $${i + 3}`).join(', ')}
       WHERE id = $1 AND version = $2 AND ${profileIs(count + 8)} RETURNING id),
    ${logged(count + 3, count + 7)}`;
  const outcome = `SELECT coalesce((SELECT version FROM ${schema}.assessments WHERE id = $1), 0) AS version,
      ${profileNow} AS profile_version,
      EXISTS (SELECT 1 FROM ${schema}.events WHERE assessment_id = $1 AND seq = $2 + 1 AND command_id = $3) AS done`;

  return {
    forRequest(request) {
      const { id, expectedVersion, events } = request;
      const commandId = request.commandId ?? randomUUID();
      const values = assessmentValues(
        expectedVersion + events.length,
        request.summary,
        request.snapshotText ?? JSON.stringify(request.snapshot),
        request.digest,
      );
      const logValues = [
        events.map((entry) => entry.seq),
        events.map((entry) => JSON.stringify(entry.event)),
        events.map((entry) => entry.prevHash),
        events.map((entry) => entry.hash),
        commandId,
        request.profileVersion ?? null,
      ];
      const query: pg.QueryConfig =
        expectedVersion === 0
          ? { name: `eqia_create_${tag}`, text: create, values: [id, ...values, ...logValues] }
          : {
              name: `eqia_update_${tag}`,
              text: update,
              values: [id, expectedVersion, ...values, ...logValues],
            };
      return { query, commandId };
    },
    outcome: (id, expectedVersion, commandId) => ({
      name: `eqia_outcome_${tag}`,
      text: outcome,
      values: [id, expectedVersion, commandId],
    }),
  };
}
