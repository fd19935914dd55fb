import { UnsupportedVersionError } from '@eqia/core/light';
import { storeTold } from '@eqia/sdk/adapter';
import type Database from 'better-sqlite3';
import { addAsciiJsonFunction } from './ascii-json.js';
import { annualRowsStep } from './schema-steps/annual-rows.js';
import { asciiChecksStep } from './schema-steps/ascii-checks.js';
import { digestPartsStep, documentsOnceStep, summariesApartStep } from './schema-steps/documents-apart.js';
import { characteristicListingsStep, listingsStep } from './schema-steps/listings.js';
import { assessmentsStep, equalityDataStep, objectivesStep } from './schema-steps/tables.js';
import { applicationId, latestSchemaVersion } from './schema-version.js';
import { addFingerprintFunction, welshTitleStep } from './welsh-title-step.js';

export { applicationId, latestSchemaVersion };

export interface Migration {
  version: number;
  name: string;
  /** The SQL of the step. It runs in one transaction with the `user_version` bump. */
  sql: string;
}

/**
 * The schema, as versioned steps applied in order, each recorded in the file's `user_version`: this list
 * is their order, each step's SQL in its own file (schema-steps/, welsh-title-step.ts), the latest's
 * number in schema-version.ts. Never edit a released step (migrations.test.ts pins them): add a new one.
 *
 * Documents (summary, snapshot, digest parts, events, profile) are JSON text kept exactly as written:
 * they are the legal record (the checks parts, a cache of facts, as ASCII JSON since step 12). The typed columns beside them are what filters and indexes use. Since step
 * 6 each is kept once: the snapshot in `assessments` (last, after the typed columns), the summary in
 * `assessment_list`, the digest as its two parts in `assessment_checks` and `assessment_annual`.
 */
export const migrations: readonly Migration[] = [
  assessmentsStep,
  objectivesStep,
  equalityDataStep,
  summariesApartStep,
  digestPartsStep,
  documentsOnceStep,
  annualRowsStep,
  listingsStep,
  characteristicListingsStep,
  welshTitleStep,
  asciiChecksStep,
];

/** What a file's header says about it, read without writing anything. */
export interface SchemaState {
  version: number;
  applicationId: number;
  /** Whether it holds any table, index or trigger at all: a new, empty database holds none. */
  empty: boolean;
}

/** Reads a connection's SchemaState, with one statement prepared once (see keep-statements.ts). */
export type SchemaReader = () => SchemaState;

export function schemaReader(db: Database.Database): SchemaReader {
  const statement = db.prepare<[], { version: number; applicationId: number; objects: number }>(
    `SELECT (SELECT user_version FROM pragma_user_version) AS version,
            (SELECT application_id FROM pragma_application_id) AS applicationId,
            (SELECT count(*) FROM sqlite_schema) AS objects`,
  );
  return () => {
    const { version, applicationId, objects } = statement.get()!;
    return { version, applicationId, empty: objects === 0 };
  };
}

/**
 * Bring the schema up to date, one transaction per step. Each step takes the write lock (BEGIN
 * IMMEDIATE) and looks at `user_version` again under it, so that two processes starting at once apply
 * each step exactly once; a failing step leaves the file at the last complete one.
 */
export function migrate(
  db: Database.Database,
  file: string,
  readState: SchemaReader = schemaReader(db),
  steps: readonly Migration[] = migrations,
): void {
  const known = steps.at(-1)?.version ?? 0;
  addFingerprintFunction(db);
  addAsciiJsonFunction(db);
  for (const step of steps) {
    db.transaction(() => {
      const current = readState().version;
      if (current > known) throw newerSchema(file, current, steps);
      if (current >= step.version) return;
      db.exec(step.sql);
      db.exec(`PRAGMA user_version = ${step.version}`);
    }).immediate();
  }
}

export function newerSchema(
  file: string,
  found: number,
  steps: readonly Migration[] = migrations,
): UnsupportedVersionError {
  const known = String(steps.at(-1)?.version ?? 0);
  const { message, options } = storeTold('newerStore', { file, found: String(found), known });
  return new UnsupportedVersionError(
    message,
    found,
    steps.map((step) => step.version),
    options,
  );
}
