import {
  type AssessmentEvent,
  type AssessmentSummary,
  ConflictError,
  digestAssessment,
  NotFoundError,
  type PersistedSnapshot,
  type Profile,
  type RecordedEvent,
  recordEvent,
  summarise,
  type User,
} from '@eqia/core';
import { withCurrentSnapshot } from '../store/current-snapshot.js';
import type { StoredAssessment } from '../store/port.js';
import { type ClientContext, userIn } from './context.js';
import { sortableId } from './new-id.js';
import type { AssessmentView } from './types.js';
import { toLazyView } from './view.js';

/** What a command sees before it builds its event. */
export interface CommandInput {
  stored: StoredAssessment;
  user: User;
  profile: Profile;
  /** The instant of this command, as events record it. */
  at: string;
}

export interface Committed {
  snapshot: PersistedSnapshot;
  summary: AssessmentSummary;
  event: AssessmentEvent;
  /** The event as the log now ends with it. */
  recorded: RecordedEvent;
}

/** The assessment as stored, its snapshot migrated when an older eqia wrote it (a step may need the log). */
export async function readAssessment(context: ClientContext, id: string): Promise<StoredAssessment> {
  const stored = await context.store.read(id);
  if (!stored) {
    throw new NotFoundError(
      `There is no assessment "${id}" in the store at ${context.store.location}: check the id (\`eqia list\` shows them).`,
    );
  }
  return withCurrentSnapshot(stored);
}

/**
 * Where a command finds the assessment it starts from. Plain commands read it from the store each time;
 * a session (session.ts) holds what it last read or wrote, and is told what each command commits.
 */
export interface CommandSource {
  read(context: ClientContext, id: string): Promise<StoredAssessment>;
  /** After a commit: the assessment as now stored. */
  committed?(stored: StoredAssessment): void;
  /** What it holds may be stale (another writer appended): read again before the next try. */
  forget?(): void;
}

export const fromStore: CommandSource = { read: readAssessment };

/**
 * Runs one command on one assessment: read it, build the event, let the lifecycle judge it (core's
 * authorise decides who may), chain it onto the log and append it expecting the version read. Another
 * writer in between makes the append a ConflictError: nothing is written and nothing is lost. A session
 * whose held copy was stale tries once more from a fresh read, as a plain command would have started.
 */
export async function runCommand(
  context: ClientContext,
  id: string,
  build: (input: CommandInput) => AssessmentEvent,
  source: CommandSource = fromStore,
): Promise<Committed> {
  for (let attempt = 1; ; attempt++) {
    const [stored, profile] = await Promise.all([source.read(context, id), context.profile()]);
    const user = userIn(profile, context.userId);
    const event = build({ stored, user, profile, at: context.clock().toISOString() });
    const snapshot = context.lifecycle(profile).apply(stored.snapshot, event);
    try {
      const committed = await commit(context, stored.events, snapshot, event);
      source.committed?.({ ...committed, events: [...stored.events, committed.recorded] });
      return committed;
    } catch (error) {
      if (!(error instanceof ConflictError) || !source.forget || attempt > 1) throw error;
      source.forget();
    }
  }
}

/** Chains the event onto the log and appends it; subscribers hear of it only once it is stored. */
export async function commit(
  context: ClientContext,
  log: readonly RecordedEvent[],
  snapshot: PersistedSnapshot,
  event: AssessmentEvent,
): Promise<Committed> {
  const recorded = recordEvent(log.at(-1), event);
  const version = log.length + 1;
  const summary = summarise(snapshot.assessment, snapshot.status, { version, updatedAt: event.at });
  const profile = context.knownProfile();
  await context.store.append({
    id: snapshot.assessment.id,
    expectedVersion: log.length,
    events: [recorded],
    snapshot,
    summary,
    digest: digestAssessment(snapshot.assessment, profile),
    // A server store records it, so that sending this append again after a lost connection is harmless.
    commandId: sortableId(),
  });
  notify(context, { id: summary.id, type: event.type, summary });
  return { snapshot, summary, event, recorded };
}

export function notify(
  context: ClientContext,
  change: { id: string; type: string; summary: AssessmentSummary },
) {
  for (const listener of context.listeners) {
    // The change is stored whatever a listener does: a throwing listener must not look like a failed command.
    try {
      listener(change);
    } catch {}
  }
}

/** A command's result; its findings are worked out when first read, so a save does not wait for them. */
export async function viewOf(context: ClientContext, committed: Committed): Promise<AssessmentView> {
  return toLazyView(committed.snapshot, committed.summary, context.knownProfile(), context.clock());
}
