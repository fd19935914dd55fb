// The browser-safe API of @eqia/sdk (`@eqia/sdk/browser`): the client, the memory store and the errors,
// without the reader of the old file layout, whose `node:` imports a browser bundle cannot resolve.

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
export {
  createMemoryBacking,
  createMemoryStore,
  type MemoryBacking,
  type MemoryStoreOptions,
} from './store/memory-store.js';
export type { AppendRequest, AssessmentStore, StoredAssessment } from './store/port.js';
