import { recordEvent, verifyChain } from '../audit/hash-chain.js';
import { isEqiaError, TamperedError, UnsupportedVersionError } from '../errors.js';
import { onDemandTold } from '../labels/on-demand-words.js';
import { recordTold } from '../labels/record-words.js';
import type { RecordedEvent } from '../log/types.js';
import { parseWith } from '../validation.js';
import type { Objective } from './objective.js';
import { ObjectiveEvent, type ObjectiveEvent as ObjectiveEventType } from './objective-events.js';
import { applyObjectiveEvent } from './objective-lifecycle.js';

/**
 * The version of the objective snapshot a store keeps beside the log; older ones migrate on read.
 * 2: the Welsh versions of its text fields and the English each was written for (`welsh`, `welshOf`).
 */
export const OBJECTIVE_SNAPSHOT_VERSION = 2;

/**
 * Step migrations, keyed by the version each upgrades from. Version 2 only adds optional fields (an
 * older objective has no Welsh, which their absence says): the step exists so that an older eqia
 * refuses a version 2 snapshot, whose Welsh it would drop, instead of reading it.
 */
export const objectiveSnapshotMigrations: Readonly<
  Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>
> = {
  1: (raw) => raw,
};

/** An objective as folded from its log: what a store keeps so that reading does not replay. */
export interface ObjectiveSnapshot {
  snapshotVersion: number;
  objective: Objective;
}

/**
 * A stored objective snapshot of any version this release knows, walked up to OBJECTIVE_SNAPSHOT_VERSION
 * one step at a time. `where` names the store in the error. Throws UnsupportedVersionError for a
 * missing, unknown or newer version (a newer eqia wrote it: refused, never guessed at).
 */
export function migrateObjectiveSnapshot(
  raw: unknown,
  where: string,
  migrations = objectiveSnapshotMigrations,
): ObjectiveSnapshot {
  const version = (raw as { snapshotVersion?: unknown } | null)?.snapshotVersion;
  const supported = Array.from({ length: OBJECTIVE_SNAPSHOT_VERSION }, (_, index) => index + 1);
  const known = typeof version === 'number' && Number.isInteger(version) && version >= 1;
  if (!known || version > OBJECTIVE_SNAPSHOT_VERSION) {
    const { message, told } = known
      ? onDemandTold('objectiveNewer', { location: where, version: String(version) })
      : onDemandTold('objectiveUnversioned', { location: where, found: String(JSON.stringify(version)) });
    throw new UnsupportedVersionError(message, version, supported, { told });
  }
  let current = raw as Record<string, unknown>;
  for (let from = version; from < OBJECTIVE_SNAPSHOT_VERSION; from++) {
    const step = migrations[from];
    if (!step)
      throw new UnsupportedVersionError(
        `No migration from objective snapshot version ${from} to ${from + 1}: this eqia cannot read the objective in the store at ${where}.`,
        version,
        supported,
      );
    current = { ...step(current), snapshotVersion: from + 1 };
  }
  return current as unknown as ObjectiveSnapshot;
}

/** A new event's log entry and the objective after it: refused (thrown) when the event may not happen. */
export function appendObjectiveEvent(
  log: readonly RecordedEvent[],
  objective: Objective | undefined,
  input: unknown,
): { entry: RecordedEvent<ObjectiveEventType>; objective: Objective } {
  const event = parseWith(ObjectiveEvent, input, 'The change to the objective');
  return { entry: recordEvent(log.at(-1), event), objective: applyObjectiveEvent(objective, event) };
}

/**
 * Replays an objective's whole log, checking its hash chain and judging every event again (who did it,
 * in which state): what `verify` runs, and how a snapshot is rebuilt.
 */
export function foldObjectiveLog(log: readonly RecordedEvent[]): Objective {
  const chain = verifyChain(log);
  if (!chain.ok) throw new TamperedError(chain.reason, chain.index, { told: chain.told });
  let objective: Objective | undefined;
  for (const [index, entry] of log.entries()) {
    const parsed = ObjectiveEvent.safeParse(entry.event);
    const seq = String(index + 1);
    if (!parsed.success) {
      const { message, told } = recordTold('notObjectiveEvent', { seq });
      throw new TamperedError(message, index, { told });
    }
    try {
      objective = applyObjectiveEvent(objective, parsed.data);
    } catch (error) {
      // An event nobody could have made (the wrong person, the wrong state) was written around eqia.
      if (!isEqiaError(error)) throw error;
      // The refusal is worded again from the cause, by a client in another language.
      const { message, told } = recordTold('refusedToday', { seq, refusal: error.message });
      throw new TamperedError(message, index, { cause: error, told });
    }
  }
  if (!objective) {
    const { message, told } = recordTold('emptyLog');
    throw new TamperedError(message, 0, { told });
  }
  return objective;
}
