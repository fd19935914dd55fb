import { type RecordedEvent, recordEvent } from '@eqia/core';
import type { AppendRequest, AssessmentStore } from '@eqia/sdk';
import { nativeSha256 } from '@eqia/sdk/node';
import { appendStatements } from '@eqia/store-postgres/testing';
import pg from 'pg';

/**
 * The raw pg peer of a save: a connection of its own sending exactly the statement and values eqia's
 * store sends for one append (one event, the assessment's snapshot, summary and digest, all serialised
 * again each time, and the version of the profile, which the statement checks as eqia's does), with none
 * of the SDK's work: no edit, lifecycle, checks, digest or hash chain beyond linking the event (with
 * the same native SHA-256 as eqia's client, so that the hash is no part of the difference).
 */
export async function peerAppender(store: AssessmentStore, url: string, schema: string, id: string) {
  const stored = await store.read(id);
  const digest = (await store.readDigests?.([id]))?.[0]?.digest;
  const profileVersion = (await store.readStoredProfile())?.version;
  if (!stored || !digest || !profileVersion) throw new Error(`the bench store has no ${id}`);
  const log: RecordedEvent[] = stored.events;
  const client = new pg.Client({ connectionString: url, application_name: 'eqia-bench-peer' });
  await client.connect();
  const statements = appendStatements(`"${schema}"`);
  return {
    async append() {
      const event = { type: 'note', by: { id: 'amara', roles: ['author'] }, at: new Date().toISOString() };
      const recorded = recordEvent(log.at(-1), event, nativeSha256);
      const request: AppendRequest = {
        id,
        expectedVersion: log.length,
        events: [recorded],
        snapshot: stored.snapshot,
        summary: { ...stored.summary, version: log.length + 1, updatedAt: event.at },
        digest: digest as AppendRequest['digest'],
        profileVersion,
      };
      const result = await client.query<{ appended: number }>(statements.forRequest(request).query);
      if (result.rows[0]?.appended !== 1) throw new Error('the peer lost a race it should not have run');
      log.push(recorded);
    },
    close: () => client.end(),
  };
}
