import { errorIn } from '../language/error-in.js';
import type { CallOptions } from '../store/cancellation.js';
import { permissionsFor } from './allowed.js';
import { scoped } from './call-scope.js';
import { readAssessment } from './command-runner.js';
import { lifecycleCommands } from './commands.js';
import { type ClientContext, callingUser, createContext, userIn } from './context.js';
import { disposeSymbol } from './dispose.js';
import type { EqualityDataCommands } from './equality-data.js';
import { frozenEach, withFrozenResults } from './frozen-results.js';
import { checkGivenLocale, clientLanguages } from './locale.js';
import { sortableId } from './new-id.js';
import type { ObjectiveCommands } from './objectives.js';
import { loadedOnFirstCall } from './on-first-call.js';
import { dueForReview, listListings, overdueActions, snapshotViews } from './queries.js';
import { createNew, startRevision } from './revisions.js';
import { openSession } from './session.js';
import type { ClientOptions, EqiaClient } from './types.js';
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
  const locales = await checkGivenLocale(options.locale);
  let context: ClientContext;
  try {
    context = await createContext(
      { ...options, clock },
      options.newId ?? (() => sortableId(clock())),
      locales,
    );
    callingUser(context, context.knownProfile());
  } catch (error) {
    // Refused before it has a profile that could say Welsh (none in the store, a damaged one): in the
    // language it was given first, so a Welsh client is refused in Welsh.
    throw await errorIn(error, locales?.[0] ?? 'en');
  }

  // A call with a signal runs on a context of its own, whose store calls honour it (call-scope.ts).
  const on = (options: CallOptions | undefined) => scoped(context, options);
  // Reads need no role beyond being a user of the profile (now): viewers read everything.
  const asUser = async (options: CallOptions | undefined): Promise<ClientContext> => {
    const call = on(options);
    const profile = await call.profile();
    userIn(profile, call.userId, context.language.errors(profile));
    return call;
  };
  // A query of summaries alone does not use the profile, so the profile is read beside it rather than
  // before it (a round trip less); nothing, not even the query's error, goes to a user it does not know.
  const summariesAsUser = async <R>(
    options: CallOptions | undefined,
    query: (call: ClientContext) => Promise<R>,
  ): Promise<R> => {
    const call = on(options);
    const [profile, answer] = await Promise.allSettled([call.profile(), query(call)]);
    if (profile.status === 'rejected') throw profile.reason;
    userIn(profile.value, call.userId, context.language.errors(profile.value));
    if (answer.status === 'rejected') throw answer.reason;
    return answer.value;
  };

  const commands = lifecycleCommands(context);
  const get: EqiaClient['get'] = async (id, options) => {
    const call = await asUser(options);
    const stored = await readAssessment(call, id);
    const head = stored.events.at(-1)?.hash;
    const profile = context.knownProfile();
    const language = context.language.checks(profile);
    return toView(stored.snapshot, stored.summary, profile, context.clock(), language, head);
  };

  // Core's refusals are worded in English where they are judged; told here in the user's language.
  const told = (error: unknown) => context.language.told(error, context.knownProfile());

  const closing = new AbortController();
  const close = async () => {
    context.listeners.clear();
    closing.abort();
    if (closesStore) await context.store.close();
  };

  // Everything it returns is frozen through and through (and typed DeepReadonly), views and sessions alike.
  return withFrozenResults<EqiaClient>(
    {
      // Copies: commands are judged under the profile held, which a caller must not change in place.
      get user() {
        return structuredClone(callingUser(context, context.knownProfile()));
      },
      get profile() {
        return structuredClone(context.knownProfile());
      },
      // The profile's languages as it is now, when the client was given none.
      get locale() {
        return clientLanguages(locales, context.knownProfile()).locale;
      },
      get locales() {
        return clientLanguages(locales, context.knownProfile()).locales;
      },

      create: (input, options) => createNew(on(options), input),
      ...commands,
      // As the user first: what Welsh an assessment has is not told to someone the profile does not know.
      confirmWelsh: async (id, keys, options) =>
        (await import('./confirm-welsh.js')).confirmWelsh(
          await asUser(options),
          { ...commands, get },
          id,
          keys,
          options,
        ),
      startRevision: (id, options) => startRevision(on(options), id, options),
      analyseDisparity: async (request, options) => (await insight(on(options))).analyseDisparity(request),
      attachDisparity: async (id, input, options) => (await insight(on(options))).attachDisparity(id, input),

      get,
      allowed: (id, options) => permissionsFor(on(options), id),
      list: (filter, options) => summariesAsUser(options, (call) => listListings(call, filter)),
      snapshots: async (filter, options) => snapshotViews(await asUser(options), filter),
      // What a page showing an assessment does not need loads on its first call (docs/performance.md).
      annualFacts: async (filter, options) =>
        (await digestQueries()).annualFacts(await asUser(options), filter),
      annualTotals: async (query, options) =>
        (await digestQueries()).annualTotals(await asUser(options), query),
      checkAll: async (filter, options) => (await digestQueries()).checkAll(await asUser(options), filter),
      checkEach: (filter, options) =>
        frozenEach(async () => (await digestQueries()).checkEach(await asUser(options), filter), told),
      refreshDigests: async (options) =>
        (await import('./refresh-digests.js')).refreshDigests(await asUser(options), options),
      dueForReview: (options) => summariesAsUser(options, dueForReview),
      overdueActions: (options) => summariesAsUser(options, overdueActions),
      history: async (id, options) => (await import('./history.js')).historyOf(await asUser(options), id),
      versionAt: async (id, seq, options) =>
        (await import('./history.js')).versionAt(await asUser(options), id, seq),
      diff: async (fromId, toId, options) => {
        const { differences } = await import('./diff.js');
        const call = await asUser(options);
        const [from, to] = await Promise.all([readAssessment(call, fromId), readAssessment(call, toId)]);
        return differences(from.snapshot.assessment, to.snapshot.assessment);
      },
      verify: async (id, options) => (await verification()).verifyAssessment(await asUser(options), id),
      verifyProfile: async (options) => (await verification()).verifyProfile(await asUser(options)),
      verifyReference: async (reference, options) =>
        (await verification()).verifyReference(await asUser(options), reference),

      exportAssessment: async (id, options) => (await exchange()).exportAssessment(on(options), id),
      importAssessment: async (json, options) => (await exchange()).importAssessment(on(options), json),
      importRecord: async (json, { signal, ...options }) =>
        (await import('./import-record.js')).importRecord(on({ signal }), json, options),

      objectives: loadedOnFirstCall<ObjectiveCommands>(
        async () => (await import('./objectives.js')).objectiveCommands(context),
        objectiveNames,
      ),
      data: loadedOnFirstCall<EqualityDataCommands>(
        async () => (await import('./equality-data.js')).equalityDataCommands(context),
        equalityDataNames,
      ),
      updateProfile: async (recipe, options) =>
        (await profileAdmin()).updateProfile(on(options), recipe, options?.welshCurrent),
      registerKey: async (registration, options) =>
        (await profileAdmin()).registerKey(on(options), registration),
      revokeKey: async (keyId, input, options) => (await profileAdmin()).revokeKey(on(options), keyId, input),
      open: async (id, options) => withFrozenResults(await openSession(await asUser(options), id), told),
      subscribe(listener) {
        context.listeners.add(listener);
        return () => context.listeners.delete(listener);
      },
      watch: async (options = {}) => {
        await asUser(options);
        // The feed's own signal ends it, not each store call's: it watches the client's store directly.
        return (await import('./watch.js')).watchChanges(context, options, closing.signal);
      },
      close,
      [disposeSymbol]: close,
    },
    told,
  );
}

const insight = async (call: ClientContext) => (await import('./insight.js')).insightCommands(call);
const digestQueries = () => import('./digest-queries.js');
const verification = () => import('./verify.js');
const exchange = () => import('./import-export.js');
const profileAdmin = () => import('./profile-admin.js');

const objectiveNames: Record<keyof ObjectiveCommands, true> = {
  list: true,
  get: true,
  all: true,
  create: true,
  edit: true,
  submit: true,
  approve: true,
  requestChanges: true,
  recordProgress: true,
  close: true,
  verify: true,
};

const equalityDataNames: Record<keyof EqualityDataCommands, true> = {
  importPopulation: true,
  importPayGap: true,
  history: true,
  current: true,
  figures: true,
};
