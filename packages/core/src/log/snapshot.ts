import * as z from 'zod/mini';
import { UnsupportedVersionError } from '../errors.js';
import { recordTold } from '../labels/record-words.js';
import { lifecycleStates } from '../lifecycle/state.js';
import { Assessment } from '../schema/assessment.js';
import { Slug } from '../schema/common.js';
import { parseWith } from '../validation.js';
import type { PersistedSnapshot } from './types.js';

/**
 * The snapshot format (and lifecycle machine) this release writes. Bump it with a migration below.
 * 2: the assessment lists its editors (`assessment.editors`).
 * 3: what real assessments say: screening evidence and related assessments, likely impact when relevant,
 *    mixed impacts, evidence dated by year or month and its limitations, the assessment team, other
 *    affected groups, who was engaged, the decision already taken and when the analysis was done, and
 *    the provenance of an imported record.
 * 4: the Welsh versions of the content's text fields (`assessment.welsh`).
 * 5: the fingerprint of the English each Welsh version was written for (`assessment.welshOf`).
 * 6: an id for each member of the assessment team (`policy.assessmentTeam[].id`), which keys the Welsh
 *    version of their role.
 */
export const SNAPSHOT_VERSION = 6;

/** What a step may read besides the snapshot: the assessment's log, when the caller has it. */
export interface MigrationContext {
  /** The events of the assessment's log, oldest first (each recorded entry's `event`). */
  events?: readonly unknown[];
}

/** Upgrades a raw snapshot of version `n` to version `n + 1`. Keyed by `n`. */
export type SnapshotMigration = (
  raw: Record<string, unknown>,
  context: MigrationContext,
) => Record<string, unknown>;

/**
 * Step migrations, oldest first. To change the snapshot format: bump SNAPSHOT_VERSION to n + 1 and add
 * `n: (raw, context) => …` here; every older snapshot then walks up one step at a time.
 */
export const snapshotMigrations: Readonly<Record<number, SnapshotMigration>> = {
  // Version 1 left who edited to the log: the editors are the actors of its edit events, in order of
  // their first edit, exactly as the lifecycle adds them.
  1: (raw, { events }) => {
    if (!events) {
      throw new UnsupportedVersionError(
        'A version 1 snapshot does not say who edited the assessment: migrate it with its log, migrateSnapshot(raw, { events }).',
        1,
        supported(),
      );
    }
    const editors: string[] = [];
    for (const event of events) {
      const { type, by } = (event ?? {}) as { type?: unknown; by?: { id?: unknown } };
      if (type === 'edit' && typeof by?.id === 'string' && !editors.includes(by.id)) editors.push(by.id);
    }
    const assessment = (raw.assessment ?? {}) as Record<string, unknown>;
    return { ...raw, assessment: { ...assessment, editors } };
  },
  // Version 3 only adds fields, each with a default that says nothing was recorded: a version 2
  // assessment reads as it was. The step exists so that an older eqia refuses a version 3 snapshot
  // (whose new fields it would drop) instead of reading it.
  2: (raw) => raw,
  // Version 4 adds `assessment.welsh`, optional: an older assessment has no Welsh text, which is what
  // its absence says. As with 3, the step is there so that an older eqia refuses what it would drop.
  3: (raw) => raw,
  // Version 5 adds `assessment.welshOf`, optional: Welsh written before has no fingerprint and counts
  // as current. Again the step makes an older eqia refuse what it would drop.
  4: (raw) => raw,
  // Version 6 adds each team member's optional `id`: a member recorded before has none (and no Welsh
  // for their role) until an edit gives it one. Not made up here: the log, replayed, would not have it.
  // The step makes an older eqia refuse a snapshot whose ids (and so Welsh) it would drop.
  5: (raw) => raw,
};

export const PersistedSnapshotSchema = z.object({
  snapshotVersion: z.literal(SNAPSHOT_VERSION),
  status: z.object({ state: z.enum(lifecycleStates), stage: z.optional(Slug) }),
  assessment: Assessment,
});

const supported = () => Array.from({ length: SNAPSHOT_VERSION }, (_, i) => i + 1);

/**
 * Reads a stored snapshot of any version this release knows, migrating it up to SNAPSHOT_VERSION.
 * `events` is the assessment's log, which a step may need (from version 1, to list the editors); without
 * it such a step throws. Throws UnsupportedVersionError for a missing, unknown or newer version, and
 * ValidationError for a snapshot that does not match its format.
 */
export function migrateSnapshot(
  raw: unknown,
  {
    events,
    migrations = snapshotMigrations,
  }: MigrationContext & { migrations?: Readonly<Record<number, SnapshotMigration>> } = {},
): PersistedSnapshot {
  const version =
    typeof raw === 'object' && raw !== null
      ? (raw as { snapshotVersion?: unknown }).snapshotVersion
      : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    const { message, told } = recordTold('snapshotUnversioned', { found: String(JSON.stringify(version)) });
    throw new UnsupportedVersionError(message, version, supported(), { told });
  }
  if (version > SNAPSHOT_VERSION) {
    const { message, told } = recordTold('snapshotNewer', {
      version: String(version),
      latest: String(SNAPSHOT_VERSION),
    });
    throw new UnsupportedVersionError(message, version, supported(), { told });
  }
  let current = raw as Record<string, unknown>;
  for (let from = version; from < SNAPSHOT_VERSION; from++) {
    const step = migrations[from];
    if (!step) {
      throw new UnsupportedVersionError(
        `No migration from snapshot version ${from} to ${from + 1}: this snapshot cannot be read by this eqia.`,
        version,
        supported(),
      );
    }
    current = { ...step(current, { events }), snapshotVersion: from + 1 };
  }
  return parseWith(PersistedSnapshotSchema, current, 'The snapshot') as PersistedSnapshot;
}
