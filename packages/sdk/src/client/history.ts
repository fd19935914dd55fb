import {
  type Assessment,
  type AssessmentEvent,
  type PersistedSnapshot,
  type RecordedEvent,
  ValidationError,
} from '@eqia/core';
import { readAssessment } from './command-runner.js';
import type { ClientContext } from './context.js';
import { differences } from './diff.js';
import type { HistoryEntry } from './types.js';

/** Each state of the log, after each entry: the first is the created assessment. */
function* steps(context: ClientContext, log: readonly RecordedEvent[]): Generator<PersistedSnapshot> {
  let snapshot: PersistedSnapshot | undefined;
  for (const entry of log) {
    const event = entry.event as AssessmentEvent;
    snapshot = snapshot
      ? context.replay.apply(snapshot, event)
      : context.replay.start(event as Extract<AssessmentEvent, { type: 'create' }>);
    yield snapshot;
  }
}

/** The changed fields of one entry: an edit's own patch paths, otherwise what the event changed. */
function changedPaths(
  event: AssessmentEvent,
  before: PersistedSnapshot | undefined,
  after: PersistedSnapshot,
) {
  if (event.type === 'edit') return [...new Set(event.patches.map((patch) => patch.path.join('.')))];
  if (!before) return [];
  const paths = differences(before.assessment, after.assessment).map((difference) => difference.path);
  if (before.status.state !== after.status.state || before.status.stage !== after.status.stage)
    paths.push('status');
  return paths;
}

/** A line a person reads in a history list. */
function describe(event: AssessmentEvent, after: PersistedSnapshot): string {
  const where = after.status.stage ? `${after.status.state} (${after.status.stage})` : after.status.state;
  switch (event.type) {
    case 'create':
      return `created “${event.assessment.policy.title}” (revision ${event.assessment.revision})`;
    case 'edit':
      return `edited ${event.section} (${event.patches.length} change${event.patches.length === 1 ? '' : 's'})`;
    case 'screen':
      return `screening decision: ${event.decision.replaceAll('_', ' ')}`;
    case 'approve':
      return `approved the ${event.stage} stage; now ${where}`;
    case 'requestChanges':
      return `requested changes at the ${event.stage} stage`;
    case 'verdict':
      return `verdict on ${event.section}: ${event.verdict.replaceAll('_', ' ')}`;
    case 'comment':
      return `commented on ${event.comment.section}`;
    case 'updateAction':
      return `action ${event.actionId} is now ${event.status.replaceAll('_', ' ')}`;
    case 'startRevision':
      return `started revision ${event.revisionId}`;
    case 'supersede':
      return `superseded by ${event.supersededBy}`;
    case 'reaffirm':
      return `reaffirmed; next review ${event.nextReviewDate}`;
    default:
      return `${event.type.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)}; now ${where}`;
  }
}

/** Who did what, when, and which fields it changed, oldest first. */
export async function historyOf(context: ClientContext, id: string): Promise<HistoryEntry[]> {
  const { events } = await readAssessment(context, id);
  const entries: HistoryEntry[] = [];
  let before: PersistedSnapshot | undefined;
  let index = 0;
  for (const after of steps(context, events)) {
    const recorded = events[index++] as RecordedEvent;
    const event = recorded.event as AssessmentEvent;
    entries.push({
      seq: recorded.seq,
      type: event.type,
      by: event.by.id,
      at: event.at,
      changed: changedPaths(event, before, after),
      summary: describe(event, after),
    });
    before = after;
  }
  return entries;
}

/** The assessment as it stood right after log entry `seq` (1 is as created). */
export async function versionAt(context: ClientContext, id: string, seq: number): Promise<Assessment> {
  const { events } = await readAssessment(context, id);
  if (!Number.isInteger(seq) || seq < 1 || seq > events.length) {
    throw new ValidationError(
      `Assessment ${id} has log entries 1 to ${events.length}; there is no entry ${seq}. Pick one from its history.`,
    );
  }
  let version: PersistedSnapshot | undefined;
  for (const snapshot of steps(context, events.slice(0, seq))) version = snapshot;
  return (version as PersistedSnapshot).assessment;
}
