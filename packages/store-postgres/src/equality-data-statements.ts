import type { EqualityDataEntry } from '@eqia/core';
import type { CallOptions } from '@eqia/sdk';
import type { ServerCalls } from './server-calls.js';

/** The equality data's statements, beside the objectives'. */
export interface EqualityDataStatements {
  append(entry: EqualityDataEntry, call?: CallOptions): Promise<void>;
  all(call?: CallOptions): Promise<EqualityDataEntry[]>;
}

export function equalityDataStatements(calls: ServerCalls, s: string): EqualityDataStatements {
  return {
    async append({ recordedAt, recordedBy, data }, call) {
      const period = data.kind === 'pay_gap' ? data.period : data.profile.period;
      // The entry as text: a json column keeps it exactly as written, key order and numbers included.
      await calls.query(
        `INSERT INTO ${s}.equality_data (recorded_at, recorded_by, kind, period, entry)
         VALUES ($1, $2, $3, $4, $5::json)`,
        [recordedAt, recordedBy, data.kind, period, JSON.stringify({ recordedAt, recordedBy, data })],
        true,
        call?.signal,
      );
    },
    async all(call) {
      const result = await calls.query<{ entry: EqualityDataEntry }>(
        `SELECT entry FROM ${s}.equality_data ORDER BY seq`,
        [],
        false,
        call?.signal,
      );
      return result.rows.map((row) => row.entry);
    },
  };
}
