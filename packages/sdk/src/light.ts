// `@eqia/sdk/light`: the list filter, what is due and what a store adapter needs, without the client. A
// reader of summaries (eqia list, eqia due) starts fast through this entry: nothing here builds a zod
// schema or loads xstate or immer. Everything here is also exported by the main entry.

export { actionsOverdue, reviewsDue } from './client/due-summaries.js';
export {
  filteredListings,
  filterSummaries,
  inListOrder,
  isInListOrder,
  jsonArrayOf,
  type ListOrderKey,
  listedAsJson,
} from './client/filter-summaries.js';
export {
  type AssessmentListing,
  freezeListing,
  listedFields,
  listingOf,
  listingsFreezer,
} from './client/listing.js';
export type { OverdueAction } from './client/results.js';
export type { ListFilter } from './client/types.js';
// What a store adapter needs (the SQLite store loads through here, so `eqia list` stays light); its
// words for a store that cannot work are in `@eqia/sdk/adapter`.
export { errorIn } from './language/error-in.js';
export { checkAppendRequest, versionConflict } from './store/append-rules.js';
export { type CallOptions, cancelled, pause, throwIfCancelled } from './store/cancellation.js';
export { checksOfDigests } from './store/checks-of-digests.js';
export type {
  AppendRequest,
  AssessmentStore,
  ChangeWatcher,
  ObjectiveAppendRequest,
  ReadDigest,
  RemadeDigest,
  StoreChange,
  StoredAssessment,
  StoredChecks,
  StoredDigest,
  StoredObjective,
  StoredProfile,
  StoredSnapshot,
} from './store/port.js';
export { ProfileChangedError, StoreBusyError, storeMissing } from './store/store-errors.js';
export {
  digestProblem,
  listingProblem,
  profileProblem,
  snapshotProblem,
  storedDocuments,
  summaryProblem,
} from './store/stored-shapes.js';
export { changeOf, createWatchers, type Watchers } from './store/watchers.js';
