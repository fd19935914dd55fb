import { createHash } from 'node:crypto';
import type { AssessmentSummary, DigestPart, PersistedSnapshot, RecordedEvent } from '@eqia/core';
import {
  type CallOptions,
  filterSummaries,
  type ListFilter,
  type ReadDigest,
  type StoredAssessment,
  type StoredDigest,
  type StoredSnapshot,
  type storedDocuments,
} from '@eqia/sdk';
import type pg from 'pg';
import { digestPartOf } from './digest-parts.js';
import { actionsOverdueSql, filterSql, reviewDueSql } from './filter-sql.js';
import { frozenJson } from './frozen-json.js';
import type { ServerCalls } from './server-calls.js';

/** What the store reads of its assessments, each row's documents checked as they are read. */
export interface AssessmentReads {
  read(id: string, call?: CallOptions): Promise<StoredAssessment | undefined>;
  /** Filtered by the indexed columns (filter-sql.ts), exactly and in list order. */
  list(filter?: ListFilter, call?: CallOptions): Promise<AssessmentSummary[]>;
  dueForReview(day: string, call?: CallOptions): Promise<AssessmentSummary[]>;
  withOverdueActions(day: string, call?: CallOptions): Promise<AssessmentSummary[]>;
  snapshots(ids?: readonly string[], call?: CallOptions): Promise<StoredSnapshot[]>;
  digests(
    ids?: readonly string[],
    part?: DigestPart,
    filter?: ListFilter,
    call?: CallOptions,
  ): Promise<StoredDigest[]>;
}

export function assessmentReads(
  calls: ServerCalls,
  s: string,
  documents: ReturnType<typeof storedDocuments>,
): AssessmentReads {
  // Each summary is parsed, checked and frozen as its row arrives, while the server still sends the
  // others, rather than all of them after the last row.
  const checkedSummary = (text: string) => frozenJson(documents.summary(JSON.parse(text)));
  const summaryTypes = { getTypeParser: () => checkedSummary };
  const summariesWhere = async (where: string, params: unknown[], call?: CallOptions) => {
    const text = `SELECT summary FROM ${s}.assessments WHERE ${where}`;
    const rows = await preparedQuery<{ summary: AssessmentSummary }>(
      calls,
      'eqia_summaries',
      text,
      params,
      call,
      summaryTypes,
    );
    return rows.map((row) => row.summary);
  };

  return {
    async read(id, call) {
      // One statement, so the snapshot, summary and events come from the same moment.
      const result = await calls.query<{
        summary: AssessmentSummary;
        snapshot: PersistedSnapshot;
        events: RecordedEvent[];
      }>(
        `SELECT a.summary, a.snapshot,
                (SELECT coalesce(json_agg(json_build_object(
                          'seq', e.seq, 'event', e.event, 'prevHash', e.prev_hash, 'hash', e.hash)
                          ORDER BY e.seq), '[]'::json)
                   FROM ${s}.events e WHERE e.assessment_id = a.id) AS events
           FROM ${s}.assessments a WHERE a.id = $1`,
        [id],
        false,
        call?.signal,
      );
      const row = result.rows[0];
      return (
        row && {
          summary: documents.summary(row.summary),
          snapshot: documents.snapshot(id, row.snapshot),
          events: row.events,
        }
      );
    },

    // Exactly, in list order (`listsExactly`): ordered by the server as the list orders (ids by code
    // point, `COLLATE "C"`; the times as instants, as their text when toISOString wrote it), then checked
    // by the SDK's own filter and order, which on rows already in order is one pass. Rows the WHERE lets
    // through that the filter does not match (filter-sql.ts) are dropped there. No index holds the order:
    // the time changes with every save, and an index on it would end saves' updates in place (HOT),
    // which every index of the row then pays; the server's sort of a filtered list is a few milliseconds.
    async list(filter, call) {
      const { where, params } = filterSql(filter);
      const ordered = `${where} ORDER BY updated_at DESC, id COLLATE "C"`;
      return filterSummaries(await summariesWhere(ordered, params, call), filter);
    },
    dueForReview: (day, call) => summariesWhere(reviewDueSql('$1'), [day], call),
    withOverdueActions: (day, call) => summariesWhere(actionsOverdueSql('$1'), [day], call),

    // Only the assessments table: the events, most of the bytes, are never touched.
    async snapshots(ids, call) {
      const columns = 'SELECT summary, snapshot FROM';
      const result = await calls.query<StoredSnapshot>(
        ids === undefined
          ? `${columns} ${s}.assessments`
          : `${columns} ${s}.assessments WHERE id = ANY($1::text[])`,
        ids === undefined ? [] : [[...ids]],
        false,
        call?.signal,
      );
      return result.rows.map((row) => {
        const summary = documents.summary(row.summary);
        return { summary, snapshot: documents.snapshot(summary.id, row.snapshot) };
      });
    },

    // Only the summary and digest columns: neither the snapshots nor the events. With a part, the server
    // sends only that part of each digest, from its own table (digest-parts.ts).
    async digests(ids, part, filter, call) {
      const digest = part ? digestPartOf(s, part) : 'digest';
      const filtered = filterSql(filter, ids === undefined ? 1 : 2);
      const where = ids === undefined ? filtered.where : `id = ANY($1::text[]) AND ${filtered.where}`;
      const result = await calls.query<{ summary: AssessmentSummary; digest: ReadDigest | null }>(
        `SELECT summary, ${digest} AS digest FROM ${s}.assessments WHERE ${where}`,
        ids === undefined ? filtered.params : [[...ids], ...filtered.params],
        false,
        call?.signal,
      );
      return result.rows.map((row) => {
        const summary = documents.summary(row.summary);
        return row.digest ? { summary, digest: documents.digest(summary.id, row.digest) } : { summary };
      });
    },
  };
}

/**
 * A read prepared once per connection under a name its text gives, as the append is: a list is asked
 * again and again, and need not be parsed and planned each time.
 */
export async function preparedQuery<Row extends pg.QueryResultRow>(
  calls: ServerCalls,
  prefix: string,
  text: string,
  values: unknown[],
  call?: CallOptions,
  types?: pg.CustomTypesConfig,
): Promise<Row[]> {
  const name = `${prefix}_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
  const result = await calls.attempt(
    (client) => client.query<Row>({ name, text, values, ...(types && { types }) }),
    call?.signal,
  );
  return result.rows;
}
