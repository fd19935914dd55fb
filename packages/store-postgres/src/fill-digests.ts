import type { PersistedSnapshot, Profile } from '@eqia/core';
import { digestAssessment } from '@eqia/core/checks';
import type { ServerCalls } from './server-calls.js';

/**
 * Give every row saved without a digest (before schema step 2, or by an older client) one, under the
 * store's profile. A row saved meanwhile keeps the digest its own append wrote: only a row still at the
 * version read is updated.
 */
export async function fillDigests(
  calls: ServerCalls,
  s: string,
  profile: Profile | undefined,
): Promise<void> {
  if (!profile) return;
  for (;;) {
    const batch = await calls.query<{ id: string; version: number; snapshot: PersistedSnapshot }>(
      `SELECT id, version, snapshot FROM ${s}.assessments WHERE digest IS NULL ORDER BY id LIMIT 200`,
    );
    if (batch.rows.length === 0) return;
    let filled = 0;
    for (const { id, version, snapshot } of batch.rows) {
      const digest = JSON.stringify(digestAssessment(snapshot.assessment, profile));
      const updated = await calls.query(
        `UPDATE ${s}.assessments SET digest = $3 WHERE id = $1 AND version = $2 AND digest IS NULL`,
        [id, version, digest],
        true,
      );
      filled += updated.rowCount ?? 0;
    }
    // Nothing filled means every row left was saved meanwhile without a digest: leave those to fall back.
    if (filled === 0) return;
  }
}
