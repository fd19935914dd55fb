import { type LogReference, verifyProfileLog } from '@eqia/core';
import { permissionsFor } from './allowed.js';
import { readAssessment } from './command-runner.js';
import { lifecycleCommands } from './commands.js';
import { createContext, userIn } from './context.js';
import { differences } from './diff.js';
import { annualFacts, checkAll } from './digest-queries.js';
import { disposeSymbol } from './dispose.js';
import { historyOf, versionAt } from './history.js';
import { exportAssessment, importAssessment } from './import-export.js';
import { importRecord } from './import-record.js';
import { insightCommands } from './insight.js';
import { sortableId } from './new-id.js';
import { objectiveCommands } from './objectives.js';
import { registerKey, revokeKey, updateProfile } from './profile-admin.js';
import { dueForReview, listAssessments, overdueActions, snapshotViews } from './queries.js';
import { createNew, startRevision } from './revisions.js';
import { openSession } from './session.js';
import type { ClientOptions, EqiaClient, ListFilter } from './types.js';
import { verifyAssessment, verifyReference } from './verify.js';
import { toView } from './view.js';

/**
 * A client acting for one user of the profile. It refuses a user the profile does not know (ForbiddenError)
 * and a store with no profile (NotFoundError). Without a pinned `profile`, the store's profile is re-read
 * before each command, so a role taken away elsewhere takes effect at once.
 */
export function createClient(options: ClientOptions): Promise<EqiaClient> {
  return clientOf(options, { closesStore: true });
}

/** A client; `closesStore` says whether its close closes the store (not when the store is shared). */
export async function clientOf(
  options: ClientOptions,
  { closesStore }: { closesStore: boolean },
): Promise<EqiaClient> {
  const clock = options.clock ?? (() => new Date());
  const context = await createContext({ ...options, clock }, options.newId ?? (() => sortableId(clock())));
  userIn(context.knownProfile(), context.userId);

  // Reads need no role beyond being a user of the profile (now): viewers read everything.
  const forUsers =
    <A extends unknown[], R>(query: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      userIn(await context.profile(), context.userId);
      return query(...args);
    };
  // A query of summaries alone does not use the profile, so the profile is read beside it rather than
  // before it (a round trip less); nothing, not even the query's error, goes to a user it does not know.
  const summariesForUsers =
    <A extends unknown[], R>(query: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const [profile, answer] = await Promise.allSettled([context.profile(), query(...args)]);
      if (profile.status === 'rejected') throw profile.reason;
      userIn(profile.value, context.userId);
      if (answer.status === 'rejected') throw answer.reason;
      return answer.value;
    };

  const close = async () => {
    context.listeners.clear();
    if (closesStore) await context.store.close();
  };

  return {
    get user() {
      return userIn(context.knownProfile(), context.userId);
    },
    get profile() {
      return context.knownProfile();
    },

    create: (input) => createNew(context, input),
    ...lifecycleCommands(context),
    startRevision: (id, options) => startRevision(context, id, options),
    ...insightCommands(context),

    get: forUsers(async (id: string) => {
      const stored = await readAssessment(context, id);
      const head = stored.events.at(-1)?.hash;
      return toView(stored.snapshot, stored.summary, context.knownProfile(), context.clock(), head);
    }),
    allowed: (id: string) => permissionsFor(context, id),
    list: summariesForUsers((filter?: ListFilter) => listAssessments(context, filter)),
    snapshots: forUsers((filter?: ListFilter) => snapshotViews(context, filter)),
    annualFacts: forUsers((filter?: ListFilter) => annualFacts(context, filter)),
    checkAll: forUsers((filter?: ListFilter) => checkAll(context, filter)),
    dueForReview: summariesForUsers(() => dueForReview(context)),
    overdueActions: summariesForUsers(() => overdueActions(context)),
    history: forUsers((id: string) => historyOf(context, id)),
    versionAt: forUsers((id: string, seq: number) => versionAt(context, id, seq)),
    diff: forUsers(async (fromId: string, toId: string) => {
      const [from, to] = await Promise.all([readAssessment(context, fromId), readAssessment(context, toId)]);
      return differences(from.snapshot.assessment, to.snapshot.assessment);
    }),
    verify: forUsers((id: string) => verifyAssessment(context, id)),
    verifyProfile: forUsers(async () => verifyProfileLog(await context.profile())),
    verifyReference: forUsers((reference: LogReference) => verifyReference(context, reference)),

    exportAssessment: (id) => exportAssessment(context, id),
    importAssessment: (json) => importAssessment(context, json),
    importRecord: (json, options) => importRecord(context, json, options),

    objectives: objectiveCommands(context),
    updateProfile: (recipe) => updateProfile(context, recipe),
    registerKey: (registration) => registerKey(context, registration),
    revokeKey: (keyId, input) => revokeKey(context, keyId, input),
    open: forUsers((id: string) => openSession(context, id)),
    subscribe(listener) {
      context.listeners.add(listener);
      return () => context.listeners.delete(listener);
    },
    close,
    [disposeSymbol]: close,
  };
}
