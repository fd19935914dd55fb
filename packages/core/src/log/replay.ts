import { EqiaError, ValidationError } from '../errors.js';
import { recordTold } from '../labels/record-words.js';
import type { AssessmentEvent, CreateEvent } from '../lifecycle/events.js';
import type { PersistedSnapshot, RecordedEvent } from './types.js';

/** The two steps a fold needs: what `createLifecycle()` returns. */
export interface LifecycleSteps {
  start(event: CreateEvent): PersistedSnapshot;
  apply(snapshot: PersistedSnapshot, event: AssessmentEvent): PersistedSnapshot;
}

/**
 * Folds a log into its snapshot with the same pure steps a live actor takes, so the result is the same.
 * The log must start with `create`. An event the lifecycle refuses means the log is not one eqia wrote:
 * the error names its position (1-based seq) and keeps the refusal as its cause.
 */
export function foldEvents(steps: LifecycleSteps, events: readonly AssessmentEvent[]): PersistedSnapshot {
  const [first, ...rest] = events;
  if (first?.type !== 'create') {
    const { message, told } = first
      ? recordTold('logStartsWith', { type: first.type })
      : recordTold('logStartsEmpty');
    throw new ValidationError(message, [], { told });
  }
  let snapshot = steps.start(first);
  rest.forEach((event, index) => {
    try {
      snapshot = steps.apply(snapshot, event);
    } catch (error) {
      if (!(error instanceof EqiaError)) throw error;
      // The refusal is worded again from the cause, by a client in another language.
      const seq = String(index + 2);
      const { message, told } = recordTold('cannotReplay', { seq, type: event.type, refusal: error.message });
      throw new ValidationError(message, [], { cause: error, told });
    }
  });
  return snapshot;
}

/** Folds recorded log entries (as a store holds them); their events are validated on the way. */
export function foldRecorded(steps: LifecycleSteps, entries: readonly RecordedEvent[]): PersistedSnapshot {
  return foldEvents(
    steps,
    entries.map((entry) => entry.event as AssessmentEvent),
  );
}
