import { z } from 'zod';
import { UnsupportedVersionError } from '../errors.js';
import { lifecycleStates } from '../lifecycle/state.js';
import { Assessment } from '../schema/assessment.js';
import { Slug } from '../schema/common.js';
import { parseWith } from '../validation.js';
import type { PersistedSnapshot } from './types.js';

/** The snapshot format (and lifecycle machine) this release writes. Bump it with a migration below. */
export const SNAPSHOT_VERSION = 1;

/** Upgrades a raw snapshot of version `n` to version `n + 1`. Keyed by `n`. */
export type SnapshotMigration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Step migrations, oldest first. To change the snapshot format: bump SNAPSHOT_VERSION to n + 1 and add
 * `n: (raw) => …` here; every older snapshot then walks up one step at a time.
 */
export const snapshotMigrations: Readonly<Record<number, SnapshotMigration>> = {};

export const PersistedSnapshotSchema = z.object({
  snapshotVersion: z.literal(SNAPSHOT_VERSION),
  status: z.object({ state: z.enum(lifecycleStates), stage: Slug.optional() }),
  assessment: Assessment,
});

const supported = () => Array.from({ length: SNAPSHOT_VERSION }, (_, i) => i + 1);

/**
 * Reads a stored snapshot of any version this release knows, migrating it up to SNAPSHOT_VERSION.
 * Throws UnsupportedVersionError for a missing, unknown or newer version, and ValidationError for a
 * snapshot that does not match its format.
 */
export function migrateSnapshot(
  raw: unknown,
  migrations: Readonly<Record<number, SnapshotMigration>> = snapshotMigrations,
): PersistedSnapshot {
  const version =
    typeof raw === 'object' && raw !== null
      ? (raw as { snapshotVersion?: unknown }).snapshotVersion
      : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new UnsupportedVersionError(
      `The snapshot has no valid snapshotVersion (found ${JSON.stringify(version)}): it was not written by eqia.`,
      version,
      supported(),
    );
  }
  if (version > SNAPSHOT_VERSION) {
    throw new UnsupportedVersionError(
      `The snapshot is version ${version}, newer than this eqia understands (up to ${SNAPSHOT_VERSION}): upgrade eqia.`,
      version,
      supported(),
    );
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
    current = { ...step(current), snapshotVersion: from + 1 };
  }
  return parseWith(PersistedSnapshotSchema, current, 'The snapshot') as PersistedSnapshot;
}
