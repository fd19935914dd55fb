import {
  type AssessmentDigest,
  type AssessmentSummary,
  annualTotalsOf,
  type EqualityDataEntry,
  isCurrentDigest,
  type Profile,
} from '@eqia/core';
import { actionsOverdue, reviewsDue } from '../client/due-summaries.js';
import { filteredListings, filterSummaries, listedAsJson } from '../client/filter-summaries.js';
import type { ListFilter } from '../client/types.js';
import { checkAppendRequest, versionConflict } from './append-rules.js';
import { checksInBatches } from './checks-of-digests.js';
import type {
  AppendRequest,
  AssessmentStore,
  ObjectiveAppendRequest,
  StoredAssessment,
  StoredDigest,
  StoredObjective,
  StoredSnapshot,
} from './port.js';
import { ProfileChangedError, storeMissing } from './store-errors.js';
import { storedDocuments } from './stored-shapes.js';
import { changeOf, createWatchers, type Watchers } from './watchers.js';

// No `node:` imports here: this store must run in a browser bundle.

/** What memory stores keep; several stores made from one backing see the same assessments. */
export interface MemoryBacking {
  initialised: boolean;
  profile?: Profile;
  /** Counts the profile's writes: its version, as `readStoredProfile` gives it. */
  profileWrites: number;
  assessments: Map<string, StoredAssessment>;
  /** The digest of each assessment's latest append, when it carried one. */
  digests: Map<string, AssessmentDigest>;
  objectives: Map<string, StoredObjective>;
  equalityData: EqualityDataEntry[];
  /** How many entries every log holds together: the last change's `sequence`. */
  sequence?: number;
  /** The watchers of each store made from this backing (a backing made by hand has none yet). */
  watching?: Set<Watchers>;
}

export function createMemoryBacking(): MemoryBacking {
  return {
    initialised: false,
    profileWrites: 0,
    assessments: new Map(),
    digests: new Map(),
    objectives: new Map(),
    equalityData: [],
    sequence: 0,
    watching: new Set(),
  };
}

export interface MemoryStoreOptions {
  /** Share one backing between stores (tests of concurrent writers). Defaults to a fresh one. */
  backing?: MemoryBacking;
  /** Start initialised with this profile, as `init({ profile })` would. */
  profile?: Profile;
  /** Shown in messages. Defaults to `memory`. */
  location?: string;
}

/**
 * A store in memory, for tests and browser embedding. Everything is deep-copied on the way in and out,
 * so callers can never change what the store holds except by appending.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): AssessmentStore {
  const backing = options.backing ?? createMemoryBacking();
  const location = options.location ?? 'memory';
  const keepProfile = (profile: Profile) => {
    backing.profile = structuredClone(profile);
    backing.profileWrites += 1;
  };
  if (options.profile) {
    backing.initialised = true;
    if (!backing.profile) keepProfile(options.profile);
  }

  function initialised(): MemoryBacking {
    if (!backing.initialised) throw storeMissing(location);
    return backing;
  }

  // What a shared backing holds is checked as it is read, as every store checks its rows.
  const documents = storedDocuments(location, 'Nothing was changed.');
  // This store's watchers hear every store of the backing; closing it ends only its own.
  const watchers = createWatchers();
  backing.watching ??= new Set();
  const watching = backing.watching;
  const tellWatchers = (id: string, events: readonly { seq: number; event: unknown }[]) => {
    for (const { seq, event } of events) {
      backing.sequence = (backing.sequence ?? 0) + 1;
      const change = changeOf(id, seq, backing.sequence, event);
      for (const each of watching) each.tell(change);
    }
  };
  const summaries = () =>
    [...initialised().assessments.values()].map((stored) =>
      documents.summary(structuredClone(stored.summary)),
    );
  const readDigests = (ids?: readonly string[], filter?: ListFilter): StoredDigest[] => {
    const { assessments, digests } = initialised();
    return [...new Set(ids ?? assessments.keys())].flatMap((id) => {
      const stored = assessments.get(id);
      const digest = digests.get(id);
      if (!stored) return [];
      const summary = documents.summary(structuredClone(stored.summary));
      if (filterSummaries([summary], filter).length === 0) return [];
      return [digest ? { summary, digest: documents.digest(id, structuredClone(digest)) } : { summary }];
    });
  };

  return {
    kind: 'memory',
    location,
    listsExactly: true,
    async exists() {
      return backing.initialised;
    },
    async init(init) {
      backing.initialised = true;
      if (init?.profile && !backing.profile) keepProfile(init.profile);
    },
    async read(id) {
      const stored = initialised().assessments.get(id);
      if (!stored) return undefined;
      const { summary, snapshot, events } = structuredClone(stored);
      return { summary: documents.summary(summary), snapshot: documents.snapshot(id, snapshot), events };
    },
    async append(request: AppendRequest) {
      checkAppendRequest(request);
      const { assessments, digests, profileWrites } = initialised();
      if (request.profileVersion !== undefined && request.profileVersion !== String(profileWrites))
        throw new ProfileChangedError(location, request.id, request.expectedVersion);
      const current = assessments.get(request.id);
      const actualVersion = current?.events.length ?? 0;
      if (actualVersion !== request.expectedVersion)
        throw versionConflict(request.id, request.expectedVersion, actualVersion);
      // Copy before storing: nothing below may throw, so the append is all or nothing.
      const { events, snapshot, summary, digest } = structuredClone({
        events: request.events,
        snapshot: request.snapshot,
        summary: request.summary,
        digest: request.digest,
      });
      assessments.set(request.id, { summary, snapshot, events: [...(current?.events ?? []), ...events] });
      if (digest) digests.set(request.id, digest);
      else digests.delete(request.id);
      tellWatchers(request.id, events);
    },
    async keepDigests(remade) {
      const { assessments, digests } = initialised();
      let kept = 0;
      for (const { summary, digest } of remade) {
        if (assessments.get(summary.id)?.events.length !== summary.version) continue;
        digests.set(summary.id, structuredClone(digest));
        kept += 1;
      }
      return kept;
    },
    async watch(watcher, { signal }) {
      if (watchers.add(watcher, signal)) watching.add(watchers);
    },
    async list(filter): Promise<AssessmentSummary[]> {
      return filterSummaries(summaries(), filter);
    },
    async listings(filter) {
      return filteredListings(summaries(), filter);
    },
    async listJson(filter) {
      return listedAsJson(summaries(), filter);
    },
    async listDueForReview(day) {
      return reviewsDue(summaries(), day);
    },
    async listWithOverdueActions(day) {
      const overdue = new Set(actionsOverdue(summaries(), day).map((action) => action.assessmentId));
      return summaries().filter((summary) => overdue.has(summary.id));
    },
    async readSnapshots(ids?: readonly string[]): Promise<StoredSnapshot[]> {
      const { assessments } = initialised();
      const wanted = new Set(ids ?? assessments.keys());
      return [...wanted].flatMap((id) => {
        const stored = assessments.get(id);
        if (!stored) return [];
        const { summary, snapshot } = structuredClone(stored);
        return [{ summary: documents.summary(summary), snapshot: documents.snapshot(id, snapshot) }];
      });
    },
    // Whole digests whatever part is asked for: nothing is parsed here, so leaving one out saves nothing.
    readDigests: async (ids, _part, filter) => readDigests(ids, filter),
    readChecks: (batch) => checksInBatches(async () => readDigests(), batch),
    // The plain implementation the SQL stores are held to, over the digests' annual parts.
    async annualTotals(query) {
      const { assessments, digests } = initialised();
      const entries = [...assessments].map(([id, stored]) => {
        const digest = digests.get(id);
        return isCurrentDigest(digest) && { facts: digest.annual, state: stored.summary.state };
      });
      if (!entries.every(Boolean)) return undefined;
      return structuredClone(annualTotalsOf(entries as Exclude<(typeof entries)[number], false>[], query));
    },
    async readObjective(id) {
      const stored = initialised().objectives.get(id);
      return stored && structuredClone(stored);
    },
    async appendObjective(request: ObjectiveAppendRequest) {
      checkAppendRequest(request, 'objective');
      const { objectives } = initialised();
      const current = objectives.get(request.id);
      const actualVersion = current?.events.length ?? 0;
      if (actualVersion !== request.expectedVersion)
        throw versionConflict(request.id, request.expectedVersion, actualVersion, 'objective');
      const { events, snapshot, summary } = structuredClone(request);
      objectives.set(request.id, { summary, snapshot, events: [...(current?.events ?? []), ...events] });
    },
    async listObjectives() {
      return [...initialised().objectives.values()].map((stored) => structuredClone(stored.summary));
    },
    async readObjectiveSnapshots() {
      return [...initialised().objectives.values()].map((stored) => structuredClone(stored.snapshot));
    },
    async appendEqualityData(entry) {
      initialised().equalityData.push(structuredClone(entry));
    },
    async listEqualityData() {
      return structuredClone(initialised().equalityData);
    },
    async readProfile() {
      const { profile } = initialised();
      return profile && documents.profile(structuredClone(profile));
    },
    async readStoredProfile() {
      const { profile, profileWrites } = initialised();
      return (
        profile && { profile: documents.profile(structuredClone(profile)), version: String(profileWrites) }
      );
    },
    async writeProfile(profile) {
      initialised();
      keepProfile(profile);
    },
    async close() {
      watching.delete(watchers);
      watchers.end();
    },
  };
}
