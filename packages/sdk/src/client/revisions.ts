import {
  type Assessment,
  type AssessmentEvent,
  ConflictError,
  createAssessment,
  InvalidTransitionError,
  mayCreate,
  type Profile,
  parseAssessment,
} from '@eqia/core';
import {
  type Committed,
  commit,
  fromStore,
  headOf,
  readAssessment,
  runCommand,
  viewOf,
} from './command-runner.js';
import { actorOf, type ClientContext, callingUser } from './context.js';
import { firstFreeId, idFromTitle } from './new-id.js';
import type { AssessmentView } from './results.js';
import type { WriteOptions } from './types.js';

/** Starts a new assessment's log with its `create` event, under the current profile. */
export async function startLog(
  context: ClientContext,
  profile: Profile,
  assessment: Assessment,
): Promise<Committed> {
  const user = callingUser(context, profile);
  const event: AssessmentEvent = { type: 'create', by: actorOf(user), at: assessment.createdAt, assessment };
  const snapshot = context.lifecycle(profile).start(event);
  return commit(context, headOf([]), snapshot, event);
}

export async function createNew(
  context: ClientContext,
  { title, id }: { title: string; id?: string },
): Promise<AssessmentView> {
  const profile = await context.profile();
  const user = callingUser(context, profile);
  const refusal = mayCreate(user);
  if (refusal) throw refusal;
  const assessment = createAssessment({
    id: id ?? (await newAssessmentId(context, title)),
    title,
    createdBy: user.id,
    createdAt: context.clock().toISOString(),
    profile,
  });
  return viewOf(context, await startLog(context, profile, assessment));
}

/**
 * Revision n+1 of a signed-off or published assessment: a new assessment with the content copied and
 * its review, approvals, editors and publication cleared, pinned to the profile's approval chain now. The old
 * one records `startRevision` first (it is the one others may be changing, so a conflict stops here
 * before anything new exists); it becomes superseded when the new one is signed off.
 */
export async function startRevision(
  context: ClientContext,
  id: string,
  options?: WriteOptions,
): Promise<AssessmentView> {
  const old = await readAssessment(context, id);
  await refuseSecondRevision(context, old.events);
  const revisionId = await revisionIdFor(context, old.snapshot.assessment);
  const started = await runCommand(
    context,
    id,
    (input) => ({ type: 'startRevision', by: actorOf(input.user), at: input.at, revisionId }),
    fromStore,
    options,
  );
  const profile = await context.profile();
  const revision = revisionOf(started.snapshot.assessment, {
    id: revisionId,
    createdBy: context.userId,
    createdAt: started.event.at,
    profile,
  });
  return viewOf(context, await startLog(context, profile, revision));
}

/** From the title (`remote-first-hearings`, then `-2`, `-3`… when taken), or a fresh random id. */
export function newAssessmentId(context: ClientContext, title: string): Promise<string> {
  const base = context.idsFromTitles ? idFromTitle(title) : undefined;
  return firstFreeId(base, async (id) => (await context.store.read(id)) !== undefined, context.newId);
}

/**
 * A readable id that says what it is, `<first id>-r<n>` (`fhdra-video-r2`), unless that is taken (an
 * abandoned revision keeps its id) or too long: then a fresh one.
 */
async function revisionIdFor(context: ClientContext, old: Assessment): Promise<string> {
  const readable = `${old.id.replace(/-r\d+$/, '')}-r${old.revision + 1}`;
  if (readable.length > 100 || (await context.store.read(readable))) return context.newId();
  return readable;
}

function revisionOf(
  old: Assessment,
  fresh: { id: string; createdBy: string; createdAt: string; profile: Profile },
): Assessment {
  // A revision is written in eqia: the provenance (and any outside sign-off) stays with the imported record.
  const {
    supersededBy: _supersededBy,
    publication: _publication,
    withdrawal: _withdrawal,
    provenance: _provenance,
    ...content
  } = old;
  return parseAssessment({
    ...structuredClone(content),
    id: fresh.id,
    revision: old.revision + 1,
    supersedes: old.id,
    createdBy: fresh.createdBy,
    createdAt: fresh.createdAt,
    approvalChain: fresh.profile.approvalChain,
    review: { verdicts: [], comments: [], approvals: [] },
    // Its editors are those who edit the revision: the lifecycle lists them as they do.
    editors: [],
  });
}

/** One revision at a time: a second would race the first to supersede the same assessment. */
export async function refuseSecondRevision(context: ClientContext, log: readonly { event: unknown }[]) {
  for (const entry of log) {
    const event = entry.event as AssessmentEvent;
    if (event.type !== 'startRevision') continue;
    const revision = await context.store.read(event.revisionId);
    const state = revision?.snapshot.status.state;
    if (revision && state !== 'withdrawn') {
      const words = context.language.errors(context.knownProfile());
      throw new InvalidTransitionError(
        words.revisionUnderWay({ id: event.revisionId, state: state ?? 'unknown' }),
        state ?? 'unknown',
        'startRevision',
      );
    }
  }
}

/**
 * When a revision is signed off, the assessment it replaces becomes superseded. The approver records it;
 * a concurrent change to the old one is retried on the fresh log, since the supersession must land.
 */
export async function supersedeOnSignOff(context: ClientContext, committed: Committed): Promise<void> {
  const { assessment, ...rest } = committed.snapshot;
  const oldId = assessment.supersedes;
  if (rest.status.state !== 'signed_off' || !oldId) return;
  for (let attempt = 0; ; attempt++) {
    try {
      const old = await readAssessment(context, oldId);
      const profile = await context.profile();
      const event: AssessmentEvent = {
        type: 'supersede',
        by: actorOf(callingUser(context, profile)),
        at: committed.event.at,
        supersededBy: assessment.id,
      };
      // Already withdrawn or superseded: nothing left to replace.
      if (!context.replay.can(old.snapshot, event)) return;
      await commit(context, headOf(old.events), context.replay.apply(old.snapshot, event), event);
      return;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt >= 4) throw error;
    }
  }
}
