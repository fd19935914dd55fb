import {
  type AssessmentEvent,
  type AssessmentSummary,
  BlockedByFindingsError,
  ConflictError,
  deepFreeze,
  type IncrementalDigest,
  type LoggedChange,
  NotFoundError,
  type PersistedSnapshot,
  type Profile,
  partsChangedBy,
  type RecordedEvent,
  recordEvent,
  refuseUnknownKeys,
  summarise,
  type User,
} from '@eqia/core';
import { type ClientErrorWords, englishErrors } from '../language/errors.js';
import { withCurrentSnapshot } from '../store/current-snapshot.js';
import type { StoredAssessment } from '../store/port.js';
import { ProfileChangedError } from '../store/store-errors.js';
import { scoped } from './call-scope.js';
import { digestLanguagesFor } from './check-languages.js';
import { loadedChecks } from './checks-on-demand.js';
import type { ClientLanguage } from './client-language.js';
import { type ClientContext, type ProfileSeen, userIn } from './context.js';
import { sortableId } from './new-id.js';
import type { AssessmentView } from './results.js';
import type { SnapshotTexts } from './snapshot-text.js';
import type { WriteOptions } from './types.js';
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
    const words = context.language.errors(context.knownProfile());
    throw new NotFoundError(words.noAssessment({ id, location: context.store.location }));
  }
  return withCurrentSnapshot(stored, context.store.location);
}

/**
 * Where a command finds the assessment it starts from. Plain commands read it from the store each time;
 * a session (session.ts) holds what it last read or wrote, and is told what each command commits.
 */
export interface CommandSource {
  read(context: ClientContext, id: string): Promise<StoredAssessment>;
  /** After a commit: what the assessment it read now is, its log one entry longer (`recorded`). */
  committed?(committed: Committed): void;
  /** What it holds may be stale (another writer appended): read again before the next try. */
  forget?(): void;
  /** Digests the versions it commits (a session's keeps what its rules read, to check only what changed). */
  digest?: IncrementalDigest;
  /** Serialises the snapshots it commits (a session's reuses the text of the parts an event left alone). */
  texts?: SnapshotTexts;
}

export const fromStore: CommandSource = { read: readAssessment };

/**
 * Runs one command on one assessment: read it, build the event, let the lifecycle judge it (core's
 * authorise decides who may) under the profile held, chain it onto the log and append it expecting the
 * version read and that profile's version. Another writer in between makes the append a ConflictError:
 * nothing is written and nothing is lost. A session whose held copy was stale tries again from a fresh
 * read, as a plain command would have started; a caller that named the version it saw is refused instead
 * when the fresh read is past it. A profile changed meanwhile (ProfileChangedError) has the command judged
 * again under the profile as it is now.
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
  // A plain command reads the store afresh every time; a session's first try uses what it holds.
  let fresh = !source.forget;
  let conflicts = 0;
  let profileChanges = 0;
  for (;;) {
    const stored = await source.read(call, id);
    if (expectedVersion !== undefined && stored.events.length !== expectedVersion) {
      if (!fresh) {
        source.forget?.();
        fresh = true;
        continue;
      }
      throw await movedOn(id, expectedVersion, stored.events, context.language, context.knownProfile());
    }
    // What the log was as read: a session appends to the log it holds once a command commits.
    const head = headOf(stored.events);
    const at = context.clock().toISOString();
    const judged = await underHeldProfile(call, async ({ profile, fingerprint }) => {
      const words = context.language.errors(profile);
      const user = userIn(profile, context.userId, words);
      const event = await build({ stored, user, profile, at });
      try {
        const snapshot = context.lifecycle(profile, fingerprint).apply(stored.snapshot, event);
        refuseUnknownKeys(event, snapshot.assessment);
        return { event, snapshot };
      } catch (error) {
        throw wordedBlock(error, event, words);
      }
    });
    try {
      const { snapshot, event } = judged.value;
      const committed = await commit(call, head, snapshot, event, judged.seen, source);
      source.committed?.(committed);
      return committed;
    } catch (error) {
      if (error instanceof ProfileChangedError) {
        // Rare (an admin changed the profile just now): judged again under the new one.
        if (++profileChanges > 3) throw error;
        await call.profile();
        continue;
      }
      // Another writer won the race: a session starts again from a fresh read; a caller who named the
      // version they saw learns what changed, from that fresh read.
      const again = !fresh || expectedVersion !== undefined;
      if (!(error instanceof ConflictError) || !again || ++conflicts > 1) throw error;
      source.forget?.();
      fresh = true;
    }
  }
}

/**
 * `work` under the profile the client holds: no round trip, since the append checks that it is still the
 * store's. A refusal under it may come from a profile changed since (a role given elsewhere), so `work`
 * runs again under the store's profile when that is another: what it returns is what it would have
 * returned under the store's profile now.
 */
async function underHeldProfile<T>(
  context: ClientContext,
  work: (seen: ProfileSeen) => Promise<T>,
): Promise<{ seen: ProfileSeen; value: T }> {
  const held = await context.heldProfile();
  try {
    return { seen: held, value: await work(held) };
  } catch (error) {
    if (held.version === undefined) throw error;
    await context.profile();
    const latest = context.knownStoredProfile();
    if (latest.version === held.version) throw error;
    return { seen: latest, value: await work(latest) };
  }
}

/**
 * A command blocked by findings, told in the client's language: core words the refusal in English, and
 * the findings it carries are already in the client's language. Anything else is thrown as it was.
 */
function wordedBlock(error: unknown, event: AssessmentEvent, words: ClientErrorWords): unknown {
  if (!(error instanceof BlockedByFindingsError) || words === englishErrors) return error;
  const { findings } = error;
  return new BlockedByFindingsError(
    words.blocked({
      doing: words.doing[event.type] ?? event.type,
      count: findings.length,
      findings: findings.map((finding) => finding.message).join('; '),
    }),
    findings,
    { cause: error },
  );
}

/**
 * The caller's copy is out of date: what was appended since, and why retrying would not help. English
 * history words load here, as with `history` (no page loads them at once).
 */
async function movedOn(
  id: string,
  expectedVersion: number,
  log: readonly RecordedEvent[],
  language: ClientLanguage,
  profile: Profile,
): Promise<ConflictError> {
  const words = language.errors(profile);
  const { change } =
    language.history(profile)?.words ?? (await import('../language/history.js')).englishHistory;
  const changes = log
    .slice(expectedVersion)
    .map(({ seq, event }) => loggedChange(seq, event as AssessmentEvent));
  const told =
    changes.length === 0
      ? words.onlyVersions({ acted: expectedVersion, held: log.length })
      : words.changedSince({ acted: expectedVersion, changes: changes.map(change).join('; ') });
  return new ConflictError(
    words.changedSinceLoaded({ id, told, version: log.length }),
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

/** Where a log ends: all a commit needs of it. */
export interface LogHead {
  last: RecordedEvent | undefined;
  length: number;
}

export const headOf = (log: readonly RecordedEvent[]): LogHead => ({ last: log.at(-1), length: log.length });

/**
 * Chains the event onto the log (which ends at `log`) and appends it, judged `under` a profile (by
 * default the last one seen), which the store checks is still its own; subscribers hear of it only once
 * it is stored. A session's `digest` and `texts` work from the versions it committed before.
 */
export async function commit(
  context: ClientContext,
  log: LogHead,
  snapshot: PersistedSnapshot,
  event: AssessmentEvent,
  under: ProfileSeen = context.knownStoredProfile(),
  { digest: digests = { digest: loadedChecks().digestAssessment }, texts }: Omit<CommandSource, 'read'> = {},
): Promise<Committed> {
  const recorded = recordEvent(log.last, event, context.sha256);
  const version = log.length + 1;
  const summary = summarise(snapshot.assessment, snapshot.status, { version, updatedAt: event.at });
  const { profile, version: profileVersion } = under;
  await context.store.append({
    id: snapshot.assessment.id,
    expectedVersion: log.length,
    events: [recorded],
    snapshot,
    ...(texts && {
      snapshotText: texts.text(snapshot, partsChangedBy(event), log.last?.hash, recorded.hash),
    }),
    summary,
    digest: digests.digest(
      snapshot.assessment,
      profile,
      await digestLanguagesFor(profile),
      under.fingerprint,
    ),
    // A server store records it, so that sending this append again after a lost connection is harmless.
    commandId: sortableId(),
    ...(profileVersion !== undefined && { profileVersion }),
  });
  notify(context, { id: summary.id, type: event.type, summary });
  return { snapshot, summary, event, recorded };
}

export function notify(
  context: ClientContext,
  change: { id: string; type: string; summary: AssessmentSummary },
) {
  deepFreeze(change);
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
  const profile = context.knownProfile();
  const language = context.language.checks(profile);
  return toLazyView(snapshot, summary, profile, context.clock(), language, recorded.hash);
}
