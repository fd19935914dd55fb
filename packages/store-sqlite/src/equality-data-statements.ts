import type { EqualityDataEntry } from '@eqia/core/light';
import type Database from 'better-sqlite3';
import { equalityDataOf } from './documents.js';

/** The equality data's statements, prepared once per open database beside the objectives'. */
export interface EqualityDataStatements {
  append(entry: EqualityDataEntry): void;
  all(file: string): EqualityDataEntry[];
}

export function prepareEqualityData(db: Database.Database): EqualityDataStatements {
  const insert = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO equality_data (recorded_at, recorded_by, kind, period, entry) VALUES (?, ?, ?, ?, ?)',
  );
  const rows = db.prepare<[], { seq: number; entry: string }>(
    'SELECT seq, entry FROM equality_data ORDER BY seq',
  );
  return {
    append({ recordedAt, recordedBy, data }) {
      const period = data.kind === 'pay_gap' ? data.period : data.profile.period;
      insert.run(recordedAt, recordedBy, data.kind, period, JSON.stringify({ recordedAt, recordedBy, data }));
    },
    all: (file) => rows.all().map((row) => equalityDataOf(file, row.seq, row.entry)),
  };
}
