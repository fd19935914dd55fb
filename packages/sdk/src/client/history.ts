import {
  type Assessment,
  type AssessmentEvent,
  inSentence,
  label,
  type PersistedSnapshot,
  type RecordedEvent,
  type SectionId,
  signedOffOutsideInWords,
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

/** Where the assessment is, in words: "in review at the Senior sign-off stage", "signed off". */
function whereInWords({ assessment, status }: PersistedSnapshot): string {
  if (status.state === 'in_review' && status.stage)
    return `in review at the ${stageName(assessment, status.stage)} stage`;
  return inSentence(label('lifecycleState', status.state));
}

const stageName = (assessment: Assessment, stage: string) =>
  assessment.approvalChain.find((candidate) => candidate.id === stage)?.label ?? stage;

const section = (id: SectionId) => inSentence(label('sectionTitle', id));

/** A new assessment, or an imported record: where it came from and, if historical, its outside sign-off. */
function created({ policy, revision, provenance }: Assessment): string {
  if (!provenance) return `created “${policy.title}” (revision ${revision})`;
  const outside = provenance.signedOffOutside;
  return `imported “${policy.title}” from ${provenance.source}${outside ? `, ${inSentence(signedOffOutsideInWords(outside))}` : ''}`;
}

/** What someone did, as the rest of a sentence after their name: "approved the Equality lead review stage". */
function describe(event: AssessmentEvent, after: PersistedSnapshot): string {
  const now = `; it is now ${whereInWords(after)}`;
  switch (event.type) {
    case 'create':
      return created(event.assessment);
    case 'edit':
      return `changed ${section(event.section)} (${event.patches.length} change${event.patches.length === 1 ? '' : 's'})`;
    case 'screen':
      return `decided at screening: ${inSentence(label('screeningDecision', event.decision))}${now}`;
    case 'submit':
      return `submitted it for review${now}`;
    case 'withdrawSubmission':
      return `took it back from review${now}`;
    case 'approve':
      return `approved the ${stageName(after.assessment, event.stage)} stage${now}`;
    case 'requestChanges':
      return `requested changes at the ${stageName(after.assessment, event.stage)} stage: “${event.comment}”`;
    case 'verdict':
      return `judged ${section(event.section)}: ${inSentence(label('verdict', event.verdict))}`;
    case 'comment':
      return `commented on ${section(event.comment.section)}`;
    case 'updateAction':
      return `marked action ${event.actionId} ${inSentence(label('actionStatus', event.status))}`;
    case 'startRevision':
      return `started revision ${event.revisionId}`;
    case 'supersede':
      return `marked it superseded by ${event.supersededBy}`;
    case 'reaffirm':
      return `reaffirmed it; next review ${event.nextReviewDate}`;
    case 'publish':
      return `published it at ${event.location}`;
    case 'resolveComment':
      return `resolved comment ${event.commentId}`;
    case 'withdraw':
      return `withdrew it: “${event.reason}”${now}`;
    case 'addMonitoringNote':
      return 'added a monitoring note';
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
    const words = context.language.errors(context.knownProfile());
    throw new ValidationError(words.noLogEntry({ id, count: events.length, seq }));
  }
  let version: PersistedSnapshot | undefined;
  for (const snapshot of steps(context, events.slice(0, seq))) version = snapshot;
  return (version as PersistedSnapshot).assessment;
}
