// `@eqia/core/light`: the part of core that builds no schema and loads no dependency — the error
// classes, the lifecycle state names, the outcome kinds, the id rule, the labels, the number formats,
// the invisible-character helpers, and the types of a summary and a profile. For read paths that must
// start fast (eqia list, the SQLite store); everything here is also exported by the main entry, which a
// bundler cannot trim when it splits code into chunks. Report's Word writer, loaded on demand, imports
// through here too: a bundler wraps every module a dynamic import reaches (initialised lazily, trimmed
// less), so importing the main entry there would wrap all of core in every page that has a report.

export { englishFingerprint } from './bilingual/english-fingerprint.js';
export {
  type ItemWelsh,
  type NamedList,
  profileWelshAttestation,
  profileWelshName,
} from './bilingual/profile-names.js';
export { profileCharacteristics } from './catalogue/profile-characteristics.js';
export type { AnnualFacts, PeriodFacts } from './digest/annual-facts.js';
export {
  type ActionDue,
  type AnnualQuery,
  type AnnualTotals,
  nextPeriodAfter,
  type OverdueAction,
  overdueBands,
  type ReviewDue,
} from './digest/annual-totals.js';
export type { DigestPart } from './digest/assessment-digest.js';
export { DIGEST_VERSION } from './digest/digest-version.js';
export type { EqualityDataEntry } from './equality-data/equality-data.js';
export {
  BlockedByFindingsError,
  CancelledError,
  ConflictError,
  EqiaError,
  type ErrorCode,
  ForbiddenError,
  InvalidTransitionError,
  isEqiaError,
  issueLines,
  type LoggedChange,
  NotFoundError,
  StorageFailedError,
  StoreCorruptError,
  StoreUnavailableError,
  TamperedError,
  type Told,
  UnsupportedVersionError,
  ValidationError,
  type ValidationIssue,
} from './errors.js';
export { type Frozen, freezeParsed, schemaTyped } from './frozen.js';
export { idRuleMessage, isValidId } from './id-rule.js';
export { formatCount, formatRatio, formatShare } from './insight/formats.js';
export { isRecord } from './is-record.js';
export {
  type AttentionWords,
  attentionWording,
  englishAttentionWords,
} from './labels/attention-words.js';
export type { LabelSet, LabelValue } from './labels/catalogue.js';
export { joinedWith } from './labels/joined.js';
export { inSentence, label } from './labels/label.js';
export { englishLifecycleWords, type LifecycleWords } from './labels/lifecycle-words.js';
export { isLocale, type Locale, parseLocales } from './labels/locale.js';
export {
  englishRecordWords,
  isRecordTold,
  type RecordWords,
  recordTold,
  recordWording,
} from './labels/record-words.js';
export { englishRefusals, type RefusalWords, refusalIn, refuse } from './labels/refusals.js';
export {
  englishSchemaIssues,
  type IssueBound,
  issueMessage,
  type SchemaIssueWords,
} from './labels/schema-issue-words.js';
export { englishSchemaWords, type SchemaWords, schemaSaidIn } from './labels/schema-words.js';
export { type OptionsTeller, optionsTellerOf, toldIn, wordOf } from './labels/told.js';
// Who may do what, so a command can refuse before it asks its first question.
export { authorise, mayCreate } from './lifecycle/authorise.js';
export {
  finalStates,
  type LifecycleState,
  type LifecycleStatus,
  lifecycleStates,
  lockedStates,
} from './lifecycle/state.js';
export type { PersistedSnapshot, RecordedEvent } from './log/types.js';
export type { ObjectiveSnapshot } from './objectives/objective-log.js';
export type { ObjectiveSummary } from './objectives/objective-summary.js';
export { outcomeKinds } from './outcome-kinds.js';
export type { Profile } from './schema/profile.js';
export type { AssessmentSummary } from './summary.js';
export { trimmedCharacters } from './text/blank.js';
export { hasRightToLeft, showInvisible, withoutBidiControls } from './text/characters.js';
// Reading JSON text is in `@eqia/core/json`, as light as this entry.
export type { JsonFaultWords } from './text/json-text.js';
