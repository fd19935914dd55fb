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
export type { KeyRegistration } from './client/profile-admin.js';
export type { SignatureCheck } from './client/sign-off.js';
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
  ReferenceVerdict,
  SectionRecipe,
  VerifyResult,
  WriteOptions,
} from './client/types.js';
export {
  type EventSigner,
  ed25519Signer,
  ed25519Verifier,
  generateSigningKey,
  type SignatureVerifier,
  type SigningKeyPair,
} from './signing/ed25519.js';
export {
  createMemoryBacking,
  createMemoryStore,
  type MemoryBacking,
  type MemoryStoreOptions,
} from './store/memory-store.js';
export type { AppendRequest, AssessmentStore, StoredAssessment } from './store/port.js';
