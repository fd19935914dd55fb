// The public API of @eqia/sdk. Everything a caller may use is named here; nothing else is exported.

export {
  BlockedByFindingsError,
  CancelledError,
  ConflictError,
  EqiaError,
  type ErrorCode,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  StorageFailedError,
  StoreCorruptError,
  StoreUnavailableError,
  TamperedError,
  UnsupportedVersionError,
  ValidationError,
  type ValidationIssue,
  type WelshDraft,
} from '@eqia/core';
export type { Permission, Permissions } from './client/allowed.js';
export { analyseDisparity } from './client/analyse-on-demand.js';
export { createClient } from './client/create-client.js';
export { actionsOverdue, reviewsDue } from './client/due-summaries.js';
export { createEqia, type Eqia, type EqiaOptions } from './client/eqia.js';
export type {
  DataPopulation,
  EqualityDataCommands,
  PayGapImport,
  PopulationImport,
} from './client/equality-data.js';
export {
  filteredListings,
  filterSummaries,
  inListOrder,
  isInListOrder,
  jsonArrayOf,
  type ListOrderKey,
  listedAsJson,
} from './client/filter-summaries.js';
export type { AttachDisparityInput, DisparityRequest, PopulationCsv } from './client/insight.js';
export {
  type AssessmentListing,
  freezeListing,
  listedFields,
  listingOf,
  listingsFreezer,
} from './client/listing.js';
export type {
  ObjectiveCommands,
  ObjectiveView,
  ProgressInput,
} from './client/objectives.js';
export type { KeyRegistration } from './client/profile-admin.js';
export type { DigestsRefreshed, RefreshOptions } from './client/refresh-digests.js';
export type {
  AssessmentChange,
  AssessmentFacts,
  AssessmentFindings,
  AssessmentView,
  ChangeFeed,
  HistoryEntry,
  OverdueAction,
  ReferenceVerdict,
  VerifyResult,
} from './client/results.js';
export type { SignatureCheck } from './client/sign-off.js';
export type {
  AssessmentSession,
  ChangeListener,
  ClientOptions,
  EqiaClient,
  ListFilter,
  SectionRecipe,
  WatchOptions,
  WriteOptions,
} from './client/types.js';
export { type AnyEqiaError, attempt, isEqiaError, type Result } from './errors.js';
export { errorIn } from './language/error-in.js';
export { sdkWelshReview } from './language/welsh-review-on-demand.js';
export {
  type EventSigner,
  ed25519Signer,
  ed25519Verifier,
  generateSigningKey,
  type SignatureVerifier,
  type SigningKeyPair,
} from './signing/ed25519.js';

export { checkAppendRequest, type LogKind, versionConflict } from './store/append-rules.js';
export { type CallOptions, cancelled, pause, throwIfCancelled } from './store/cancellation.js';
export { checksOfDigests } from './store/checks-of-digests.js';
export { copyStore } from './store/copy-on-demand.js';
export type { ChainVerdict, CopyOptions, CopyReport } from './store/copy-store.js';
export {
  createMemoryBacking,
  createMemoryStore,
  type MemoryBacking,
  type MemoryStoreOptions,
} from './store/memory-store.js';
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
