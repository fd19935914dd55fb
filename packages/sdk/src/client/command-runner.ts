import {
  type AssessmentEvent,
  type AssessmentSummary,
  ConflictError,
  digestAssessment,
  type LoggedChange,
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
import { scoped } from './call-scope.js';
import { type ClientContext, userIn } from './context.js';
import { sortableId } from './new-id.js';
import type { AssessmentView, WriteOptions } from './types.js';
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
  return withCurrentSnapshot(stored, context.store.location);
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
 * whose held copy was stale tries again from a fresh read, as a plain command would have started; a
 * caller that named the version it saw is refused instead when the fresh read is past it.
 */
export async function runCommand(
  context: ClientContext,
  id: string,
  build: (input: CommandInput) => AssessmentEvent | Promise<AssessmentEvent>,
  source: CommandSource = fromStore,
  { expectedVersion, signal }: WriteOptions = {},
): Promise<Committed> {
  // Only the command's own reads and append honour the signal: what follows a commit is part of it.
  const call = scoped(context, { signal });
  for (let attempt = 1; ; attempt++) {
    const reading = call.profile();
    // Awaited below: a failed read must not count as unhandled while the assessment is read.
    reading.catch(() => {});
    const stored = await source.read(call, id);
    // A plain command reads the store afresh every time; a session's first try uses what it holds.
    const fresh = !source.forget || attempt > 1;
    if (expectedVersion !== undefined && stored.events.length !== expectedVersion) {
      if (!fresh) {
        source.forget?.();
        continue;
      }
      throw movedOn(id, expectedVersion, stored.events);
    }
    const at = context.clock().toISOString();
    const { event, snapshot } = await underLatestProfile(call, reading, async (profile) => {
      const user = userIn(profile, context.userId);
      const event = await build({ stored, user, profile, at });
      return { event, snapshot: context.lifecycle(profile).apply(stored.snapshot, event) };
    });
    try {
      const committed = await commit(call, stored.events, snapshot, event);
      source.committed?.({ ...committed, events: [...stored.events, committed.recorded] });
      return committed;
    } catch (error) {
      // Another writer won the race: a session starts again from a fresh read; a caller who named the
      // version they saw learns what changed, from that fresh read.
      const again = !fresh || expectedVersion !== undefined;
      if (!(error instanceof ConflictError) || !again || attempt > 2) throw error;
      source.forget?.();
    }
  }
}

/**
 * `work` under the profile as `reading` finds it in the store. It starts under the profile last seen
 * while the read is under way (a round trip off every command), and runs again under the new one only
 * when the store's profile changed: what it returns is what it would have returned had it waited.
 */
async function underLatestProfile<T>(
  context: ClientContext,
  reading: Promise<Profile>,
  work: (profile: Profile) => Promise<T>,
): Promise<T> {
  const known = context.knownProfile();
  const first = await work(known).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  const latest = await reading;
  // By content: the profile last seen may have been changed in place by a caller (client.profile).
  if (JSON.stringify(latest) !== JSON.stringify(known)) return work(latest);
  if ('error' in first) throw first.error;
  return first.value;
}

/** The caller's copy is out of date: what was appended since, and why retrying would not help. */
function movedOn(id: string, expectedVersion: number, log: readonly RecordedEvent[]): ConflictError {
  const changes = log
    .slice(expectedVersion)
    .map(({ seq, event }) => loggedChange(seq, event as AssessmentEvent));
  const told =
    changes.length === 0
      ? `you acted on version ${expectedVersion}, but the store holds only ${log.length} versions`
      : `you acted on version ${expectedVersion}; since then ${changes.map(describeChange).join('; ')}`;
  return new ConflictError(
    `Assessment ${id} changed since you loaded it: ${told}. Nothing was written. Trying the same change again would overwrite what you have not seen: reload it (it is at version ${log.length}), look at the changes and make yours again.`,
    expectedVersion,
    log.length,
    { retryable: false, changes },
  );
}

export function loggedChange(seq: number, event: AssessmentEvent): LoggedChange {
  const section =
    event.type === 'edit' || event.type === 'verdict'
      ? event.section
      : event.type === 'comment'
        ? event.comment.section
        : undefined;
  return { seq, type: event.type, by: event.by.id, at: event.at, ...(section && { section }) };
}

const describeChange = ({ seq, type, by, at, section }: LoggedChange) =>
  `${by} recorded ${type}${section ? ` on ${section}` : ''} at ${at} (version ${seq})`;

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
  const { snapshot, summary, recorded } = committed;
  return toLazyView(snapshot, summary, context.knownProfile(), context.clock(), recorded.hash);
}
