// `@eqia/core/objectives`: the equality objectives' schemas, events, lifecycle, log and summary. Their
// types are in the main entry; these are not, so that a page loads them only when it works on an
// objective (the SDK's `objectives` commands load on their first call; the Board and annual reports
// import them). A bundler splitting a page puts
// in the page's own chunks every module that a static import reaches, even through a re-export nothing
// uses (see docs/performance.md, the browser page).

export { authoriseObjective } from './lifecycle/authorise-objective.js';
export {
  IndicatorValue,
  Milestone,
  Objective,
  ObjectiveAction,
  ObjectiveApproval,
  ObjectiveChanges,
  ObjectiveContent,
  ObjectiveStatus,
  ProgressUpdate,
  Rag,
  SuccessMeasure,
} from './objectives/objective.js';
export { ObjectiveEvent } from './objectives/objective-events.js';
export { applyObjectiveEvent, awaitedStage } from './objectives/objective-lifecycle.js';
export {
  appendObjectiveEvent,
  foldObjectiveLog,
  migrateObjectiveSnapshot,
  OBJECTIVE_SNAPSHOT_VERSION,
  objectiveSnapshotMigrations,
} from './objectives/objective-log.js';
export {
  latestUpdate,
  MAX_OBJECTIVE_YEARS,
  objectiveAttention,
  objectiveSummaryOf,
  PROGRESS_UPDATE_MONTHS,
} from './objectives/objective-summary.js';
export {
  ObjectiveTextKey,
  ObjectiveWelshSources,
  ObjectiveWelshText,
  objectiveTextParts,
} from './objectives/objective-text-key.js';
export {
  missingObjectiveWelsh,
  objectiveTextFields,
  staleObjectiveWelsh,
  withObjectiveWelsh,
} from './objectives/objective-welsh.js';
