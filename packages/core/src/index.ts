// The public API of @eqia/core. Everything a caller may use is named here; nothing else is exported.

export { isAdverse } from './adverse.js';
export { canonicalJson } from './audit/canonical-json.js';
export {
  type ChainVerification,
  GENESIS_HASH,
  hashEntry,
  recordEvent,
  type Sha256,
  sha256Hex,
  verifyChain,
} from './audit/hash-chain.js';
export { profileContentHash, recordProfileChange, verifyProfileLog } from './audit/profile-log.js';
export {
  checkReference,
  findReference,
  formatReference,
  type LogReference,
  logReference,
  type ReferenceCheck,
} from './audit/reference.js';
export {
  isSignedEvent,
  type KeyStanding,
  keyStanding,
  type SignedEvent,
  signatureRequired,
  signedContent,
  signedEventTypes,
  signingKeyIds,
  signOffNouns,
  validKeys,
} from './audit/sign-off.js';
export { englishFingerprint } from './bilingual/english-fingerprint.js';
export {
  type ItemWelsh,
  type NamedList,
  profileWelshAttestation,
  profileWelshName,
} from './bilingual/profile-names.js';
export { withProfileWelshSources } from './bilingual/profile-sources.js';
export {
  missingProfileWelsh,
  type ProfileTextField,
  profileInWelsh,
  profileTextFields,
  staleProfileWelsh,
} from './bilingual/profile-text.js';
export { type TextField, textFields } from './bilingual/text-fields.js';
export { type TextsInWelsh, textsInWelsh, type WelshMarks } from './bilingual/texts-in-welsh.js';
export { isWelshStale, staleWelsh } from './bilingual/welsh-currency.js';
export { aims } from './catalogue/aims.js';
export {
  censusCategorySets,
  disability as disabilityCategories,
  englishProficiency as englishProficiencyCategories,
  ethnicGroup as ethnicGroupCategories,
  genderIdentity as genderIdentityCategories,
  legalPartnershipStatus as legalPartnershipStatusCategories,
  religion as religionCategories,
  sex as sexCategories,
  sexualOrientation as sexualOrientationCategories,
  unpaidCare as unpaidCareCategories,
} from './catalogue/census.js';
export {
  careExperience,
  carers,
  catalogue,
  extraCharacteristics,
  language,
  protectedCharacteristics,
  socioEconomic,
  welshLanguage,
} from './catalogue/characteristics.js';
export { type JurisdictionDefinition, jurisdictionOf, jurisdictions } from './catalogue/jurisdictions.js';
export { findCharacteristic, profileCharacteristics } from './catalogue/profile-characteristics.js';
export { section75Categories } from './catalogue/section-75.js';
export { assertKnownCharacteristics, namedCharacteristics } from './characteristic-keys.js';
export { type CheckedProfile, checkedProfileParts } from './checks/checked-profile.js';
export type { CheckContext, ImpactRef } from './checks/context.js';
export { addMonths } from './checks/dates.js';
export type { CheckOptions } from './checks/engine.js';
export {
  type BlockingFindings,
  blockingFindings,
  type Finding,
  type FindingSeverity,
} from './checks/finding.js';
export type { CheckLanguage } from './checks/language.js';
export {
  type ClockJudgement,
  clockRule,
  defineRule,
  type Rule,
  type RuleClock,
  type RuleExamples,
  type RuleMessages,
  type RuleScope,
  type RuleViolation,
  type RuleWords,
} from './checks/rule.js';
export type { RuleCatalogue } from './checks/rules/index.js';
export type { CheckWords } from './checks/words.js';
export { createAssessment, type NewAssessment } from './create-assessment.js';
export type {
  ActionFacts,
  AnnualFacts,
  ImpactCount,
  IntersectionalFacts,
  PeriodFacts,
} from './digest/annual-facts.js';
export { type Activity, activityIn, inForce, type Period, signedOffOn } from './digest/annual-period.js';
export {
  type ActionDue,
  type AnnualQuery,
  type AnnualTotals,
  annualTotalsOf,
  byCodePoint,
  nextPeriodAfter,
  type OverdueAction,
  type OverdueAges,
  overdueBands,
  type ReviewDue,
} from './digest/annual-totals.js';
export type { AssessmentDigest, DigestPart } from './digest/assessment-digest.js';
export type { CheckFacts, KeptViolation } from './digest/check-facts.js';
export { type DigestLanguages, digestLocales } from './digest/digest-languages.js';
export { DIGEST_VERSION, isCurrentDigest } from './digest/digest-version.js';
export type { ComparedPopulation, DisparityFacts, FlaggedGroup } from './digest/disparity-facts.js';
export type { IncrementalDigest } from './digest/incremental-checks.js';
export { profileFingerprint } from './digest/profile-fingerprint.js';
export { applySectionPatches } from './edits/apply-edit.js';
export {
  editSection,
  type SectionEdit,
  type SectionRecipe,
  type WelshDraft,
} from './edits/edit-section.js';
export {
  type ListLink,
  type ListName,
  listGroupOf,
  listItems,
  listLinks,
  listNames,
  listSection,
  moveListItem,
  removeListItem,
} from './edits/list-items.js';
export { refuseUnknownKeys } from './edits/unknown-keys.js';
// The equality data's schemas, the CSV readers and the statistics are in `@eqia/core/analysis` (loaded
// on first use); their types are here.
export type {
  EqualityData,
  EqualityDataEntry,
  GroupShares,
  PayGapData,
  PayGapDimension,
  PayGapGroup,
  PayQuartile,
  PopulationData,
  ReportedPopulation,
} from './equality-data/equality-data.js';
export type {
  OrganisationData,
  OrganisationProfile,
  ProfileRow,
} from './equality-data/organisation-data.js';
export type { PayGapDetails } from './equality-data/pay-gap-csv.js';
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
export { workedExample, workedExampleNow } from './examples/family-court-service-change.js';
export { deepFreeze, type Frozen, freezeParsed, schemaTyped } from './frozen.js';
export { idRuleMessage, isValidId } from './id-rule.js';
export { signedOffOutsideInWords } from './import/historical.js';
// Reading a plain record and the export document are in `@eqia/core/exchange`; their types are here.
export type { ImportedRecordOptions, PlainRecord } from './import/plain-record.js';
export type { CategoryEntry } from './insight/categories.js';
export type { CompareOptions } from './insight/compare.js';
export type { CsvProfileDetails } from './insight/csv.js';
export {
  CategoryLevel,
  Population,
  PopulationKind,
  PopulationProfile,
  type PopulationProfileInput,
} from './insight/dataset.js';
export type { DisparityEvidenceDetails } from './insight/evidence.js';
export { formatCount, formatRatio, formatShare } from './insight/formats.js';
export {
  DisparityAnalysis,
  DisparityRow,
  DisparitySide,
  RepresentationFlag,
  representationFlagLabels,
  ShareInterval,
} from './insight/result.js';
export type { SuppressedCounts } from './insight/suppression.js';
export type { Interval } from './insight/wilson.js';
export { isRecord } from './is-record.js';
export {
  type AttentionWords,
  attentionWording,
  englishAttentionWords,
} from './labels/attention-words.js';
export type {
  LabelCatalogue,
  LabelSet,
  LabelValue,
  ValueHints,
  ValueLabels,
} from './labels/catalogue.js';
export type { CsvWords } from './labels/csv-words.js';
export { englishLabels } from './labels/english.js';
export { englishMessages } from './labels/english-messages.js';
export { englishWording } from './labels/english-wording.js';
export { joinedWith } from './labels/joined.js';
export {
  aimLabel,
  hint,
  impactLabel,
  inSentence,
  type LabelledValue,
  label,
  labelChoices,
  outcomeDescription,
  type ValueWords,
  valueWords,
} from './labels/label.js';
export { englishLifecycleWords, type LifecycleWords, lifecycleTold } from './labels/lifecycle-words.js';
export {
  isLocale,
  type Locale,
  languageTag,
  localeNames,
  locales,
  parseLocales,
} from './labels/locale.js';
export { messageTexts, type ReviewRow, reviewRows } from './labels/message-ids.js';
export type {
  CatalogueCharacteristicId,
  CensusSetId,
  CensusWords,
  CharacteristicWords,
  Messages,
} from './labels/messages.js';
export {
  englishRecordWords,
  isRecordTold,
  type RecordWords,
  recordTold,
  recordWording,
} from './labels/record-words.js';
export {
  englishRefusals,
  type ProfileDuty,
  type Refusal,
  type RefusalWords,
  refusalIn,
  refuse,
} from './labels/refusals.js';
export {
  englishSchemaIssues,
  type IssueBound,
  issueMessage,
  type SchemaIssueWords,
} from './labels/schema-issue-words.js';
export { englishSchemaWords, type SchemaWords, schemaSaidIn } from './labels/schema-words.js';
export { type OptionsTeller, optionsTellerOf, toldIn, wordOf } from './labels/told.js';
export { type Wording, wording } from './labels/wording.js';
export { authorise, mayCreate, mayManageProfile, mayRecordHistory } from './lifecycle/authorise.js';
export { authoriseEqualityData } from './lifecycle/authorise-equality-data.js';
// The xstate machine itself stays inside core: xstate's types do not compile under a consumer's
// exactOptionalPropertyTypes, so nothing public may name them.
export { editableSections } from './lifecycle/editable-sections.js';
export {
  Actor,
  AddMonitoringNoteEvent,
  ApproveEvent,
  AssessmentEvent,
  type AssessmentEventInput,
  type AssessmentEventType,
  assessmentEventTypes,
  CommentEvent,
  CreateEvent,
  EditEvent,
  type EventOf,
  type MachineEvent,
  Patch,
  PublishEvent,
  ReaffirmEvent,
  RequestChangesEvent,
  ResolveCommentEvent,
  ScreenEvent,
  Signature,
  StartRevisionEvent,
  SubmitEvent,
  SupersedeEvent,
  UpdateActionEvent,
  VerdictEvent,
  WithdrawEvent,
  WithdrawSubmissionEvent,
} from './lifecycle/events.js';
export type { CheckAssessment, LifecycleContext } from './lifecycle/guards.js';
export {
  createLifecycle,
  type Lifecycle,
  type LifecycleOptions,
  parseEvent,
} from './lifecycle/lifecycle.js';
export { partsChangedBy } from './lifecycle/parts-changed.js';
export { isReviewDue } from './lifecycle/review-due.js';
export {
  finalStates,
  type LifecycleState,
  type LifecycleStatus,
  lifecycleStates,
  lockedStates,
  toStatus,
} from './lifecycle/state.js';
export type { ExportDocument } from './log/export.js';
export { foldEvents, foldRecorded, type LifecycleSteps } from './log/replay.js';
export {
  type MigrationContext,
  migrateSnapshot,
  PersistedSnapshotSchema,
  SNAPSHOT_VERSION,
  type SnapshotMigration,
  snapshotMigrations,
} from './log/snapshot.js';
export type { PersistedSnapshot, RecordedEvent } from './log/types.js';
// The objectives' schemas, events, lifecycle, log and summary are in `@eqia/core/objectives` (loaded
// when a page works on an objective); their types are here.
export type {
  IndicatorValue,
  Milestone,
  Objective,
  ObjectiveAction,
  ObjectiveApproval,
  ObjectiveChanges,
  ObjectiveContent,
  ObjectiveContentInput,
  ObjectiveStatus,
  ProgressUpdate,
  Rag,
  SuccessMeasure,
} from './objectives/objective.js';
export type {
  ObjectiveEvent,
  ObjectiveEventOf,
  ObjectiveEventType,
} from './objectives/objective-events.js';
export type { ObjectiveSnapshot } from './objectives/objective-log.js';
export type { ObjectiveAttention, ObjectiveSummary } from './objectives/objective-summary.js';
export { outcomeKinds } from './outcome-kinds.js';
export { cafcassProfile } from './profiles/cafcass.js';
export { defaultProfile } from './profiles/default.js';
export { publishesWelsh, publishingLanguages } from './profiles/languages.js';
export { Action, ActionStatus, ActionUpdate } from './schema/action.js';
export { Analysis, AnalysisStatus, CharacteristicAnalysis } from './schema/analysis.js';
export {
  ASSESSMENT_SCHEMA_VERSION,
  Assessment,
  type AssessmentInput,
  Withdrawal,
} from './schema/assessment.js';
export {
  Aim,
  AudienceId,
  CharacteristicId,
  Id,
  ImpactDirection,
  IsoDate,
  IsoDateTime,
  Link,
  LinkOrText,
  OptionalLink,
  PartialDate,
  Prose,
  Severity,
  Signer,
  Slug,
  UserId,
} from './schema/common.js';
export { Decision } from './schema/decision.js';
export { Engagement } from './schema/engagement.js';
export { DataGap, Evidence, EvidenceItem, EvidenceKind } from './schema/evidence.js';
export { GeneralDuty } from './schema/general-duty.js';
export { DiscriminationRisk, Impact, ResidualSeverity } from './schema/impact.js';
export { IntersectionalImpact, Intersectionality, IntersectionMember } from './schema/intersectionality.js';
export { Monitoring, MonitoringNote, Reaffirmation } from './schema/monitoring.js';
export {
  type ActionInput,
  type CharacteristicAnalysisInput,
  type DataGapInput,
  type EvidenceItemInput,
  type ImpactInput,
  newAction,
  newCharacteristicAnalysis,
  newDataGap,
  newEvidenceItem,
  newImpact,
} from './schema/new-entries.js';
export { Outcome, OutcomeKind } from './schema/outcome.js';
export { OtherGroup, Policy, PolicyKind, PolicyNovelty, TeamMember } from './schema/policy.js';
export {
  ApprovalStage,
  Audience,
  CensusCategory,
  CensusCategorySet,
  CharacteristicDefinition,
  Jurisdiction,
  PROFILE_SCHEMA_VERSION,
  Profile,
  ProfileChange,
  type ProfileInput,
  ProfileTextKey,
  ProfileWelsh,
  ProfileWelshSources,
  PublishingDetails,
  PublishingLanguages,
  Role,
  RuleSeverityOverride,
  SigningKey,
  Stakeholder,
  StakeholderKind,
  User,
} from './schema/profile.js';
export { OutsidePublication, OutsideSignOff, Provenance, STANDARD_INPUT } from './schema/provenance.js';
export { Publication } from './schema/publication.js';
export {
  Approval,
  ApprovalDecision,
  Review,
  ReviewComment,
  SectionVerdict,
  VerdictKind,
} from './schema/review.js';
export {
  LikelyImpact,
  RelatedAssessment,
  Relevance,
  Screening,
  ScreeningAnswer,
  ScreeningDecision,
  ScreeningDecisionKind,
} from './schema/screening.js';
export { SectionId, sectionIds, sectionTitles } from './schema/section.js';
export { TextKey, textKey, WelshSources, WelshText } from './schema/welsh.js';
export { type AssessmentSummary, currentWelshTitle, summarise } from './summary.js';
export { trimmedCharacters } from './text/blank.js';
export { hasRightToLeft, showInvisible, withoutBidiControls } from './text/characters.js';
// Reading JSON text is in `@eqia/core/json`.
export type { JsonFaultWords } from './text/json-text.js';
export { parseAssessment, parseProfile, parseWith, toValidationIssues } from './validation.js';
