import {
  type Assessment,
  type AssessmentEvent,
  type Frozen,
  inSentence,
  label,
  type PersistedSnapshot,
  type Profile,
  type RecordedEvent,
  type SectionId,
  STANDARD_INPUT,
  ValidationError,
} from '@eqia/core';
import { englishHistory, type HistoryLanguage } from '../language/history.js';
import { readAssessment } from './command-runner.js';
import type { ClientContext } from './context.js';
import { differences } from './diff.js';
import type { HistoryEntry } from './results.js';

// English loads with the history (this file loads on the first call), not with every page.
const english: HistoryLanguage = {
  words: englishHistory,
  label,
  stageName: (_profile, stage) => stage.label,
  title: (assessment) => assessment.policy.title,
};

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
function whereInWords({ assessment, status }: PersistedSnapshot, language: Worded): string {
  if (status.state === 'in_review' && status.stage)
    return language.words.inReviewAt({ stage: stageName(assessment, status.stage, language) });
  return inSentence(language.label('lifecycleState', status.state));
}

/** The log's language with the profile it names the stages by. */
type Worded = HistoryLanguage & { profile: Frozen<Profile> };

const stageName = (assessment: Assessment, id: string, { stageName: named, profile }: Worded) => {
  const stage = assessment.approvalChain.find((candidate) => candidate.id === id);
  return stage ? named(profile, stage) : id;
};

/** A new assessment, or an imported record: where it came from and, if historical, its outside sign-off. */
function created(assessment: Assessment, { words, title: titled }: HistoryLanguage): string {
  const { revision, provenance } = assessment;
  const title = titled(assessment);
  if (!provenance) return words.created({ title, revision });
  const outside = provenance.signedOffOutside;
  const source = provenance.source === STANDARD_INPUT ? words.standardInput : provenance.source;
  return `${words.imported({ title, source })}${outside ? words.signedOffOutside(outside) : ''}`;
}

/** What someone did, as the rest of a sentence after their name: "approved the Equality lead review stage". */
function describe(event: AssessmentEvent, after: PersistedSnapshot, language: Worded): string {
  const { words, label } = language;
  const now = words.now({ where: whereInWords(after, language) });
  const section = (id: SectionId) => inSentence(label('sectionTitle', id));
  const stage = (id: string) => stageName(after.assessment, id, language);
  switch (event.type) {
    case 'create':
      return created(event.assessment, language);
    case 'edit':
      return words.edit({ section: section(event.section), count: event.patches.length });
    case 'screen':
      return `${words.screen({ decision: inSentence(label('screeningDecision', event.decision)) })}${now}`;
    case 'submit':
      return `${words.submit}${now}`;
    case 'withdrawSubmission':
      return `${words.withdrawSubmission}${now}`;
    case 'approve':
      return `${words.approve({ stage: stage(event.stage) })}${now}`;
    case 'requestChanges':
      return words.requestChanges({ stage: stage(event.stage), comment: event.comment });
    case 'verdict':
      return words.verdict({
        section: section(event.section),
        verdict: inSentence(label('verdict', event.verdict)),
      });
    case 'comment':
      return words.comment({ section: section(event.comment.section) });
    case 'updateAction':
      return words.updateAction({
        action: event.actionId,
        status: inSentence(label('actionStatus', event.status)),
      });
    case 'startRevision':
      return words.startRevision({ revision: event.revisionId });
    case 'supersede':
      return words.supersede({ by: event.supersededBy });
    case 'reaffirm':
      return words.reaffirm({ next: event.nextReviewDate });
    case 'publish':
      return words.publish({ location: event.location });
    case 'resolveComment':
      return words.resolveComment({ comment: event.commentId });
    case 'withdraw':
      return `${words.withdraw({ reason: event.reason })}${now}`;
    case 'addMonitoringNote':
      return words.addMonitoringNote;
  }
}

/** Who did what, when, and which fields it changed, oldest first. */
export async function historyOf(context: ClientContext, id: string): Promise<HistoryEntry[]> {
  const { events } = await readAssessment(context, id);
  const profile = context.knownProfile();
  const language = { ...(context.language.history(profile) ?? english), profile };
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
      summary: describe(event, after, language),
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
