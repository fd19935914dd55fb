import { recordEvent, verifyChain } from '../audit/hash-chain.js';
import { isEqiaError, TamperedError } from '../errors.js';
import { recordTold } from '../labels/record-words.js';
import type { RecordedEvent } from '../log/types.js';
import { parseWith } from '../validation.js';
import type { Objective } from './objective.js';
import { ObjectiveEvent, type ObjectiveEvent as ObjectiveEventType } from './objective-events.js';
import { applyObjectiveEvent } from './objective-lifecycle.js';

/** The version of the objective snapshot a store keeps beside the log; older ones migrate on read. */
export const OBJECTIVE_SNAPSHOT_VERSION = 1;

/** An objective as folded from its log: what a store keeps so that reading does not replay. */
export interface ObjectiveSnapshot {
  snapshotVersion: number;
  objective: Objective;
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
