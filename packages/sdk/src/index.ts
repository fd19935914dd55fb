// The public API of @eqia/sdk. Everything a caller may use is named here; nothing else is exported.

export {
  BlockedByFindingsError,
  ConflictError,
  EqiaError,
  type ErrorCode,
  ForbiddenError,
  InvalidTransitionError,
  isEqiaError,
  NotFoundError,
  StoreCorruptError,
  StoreUnavailableError,
  TamperedError,
  UnsupportedVersionError,
  ValidationError,
  type ValidationIssue,
} from '@eqia/core';
export { createClient } from './client/create-client.js';
export { actionsOverdue, reviewsDue } from './client/due-summaries.js';
export { filterSummaries } from './client/filter-summaries.js';
export {
  type AttachDisparityInput,
  analyseDisparity,
  type DisparityRequest,
  type PopulationCsv,
} from './client/insight.js';
export type {
  AssessmentFacts,
  AssessmentFindings,
  AssessmentSession,
  AssessmentView,
  ChangeListener,
  ClientOptions,
  EqiaClient,
  HistoryEntry,
  ListFilter,
  OverdueAction,
  SectionRecipe,
  VerifyResult,
} from './client/types.js';

export { checkAppendRequest, versionConflict } from './store/append-rules.js';
export { type ChainVerdict, type CopyOptions, type CopyReport, copyStore } from './store/copy-store.js';
export {
  createMemoryBacking,
  createMemoryStore,
  type MemoryBacking,
  type MemoryStoreOptions,
} from './store/memory-store.js';
export type {
  AppendRequest,
  AssessmentStore,
  ReadDigest,
  StoredAssessment,
  StoredDigest,
  StoredSnapshot,
} from './store/port.js';
export { StoreBusyError, storeMissing } from './store/store-errors.js';
