// `@eqia/core/objectives`: the equality objectives' schemas, events, lifecycle and log. Their types are
// in the main entry, and so are the summary's functions (`objectiveSummaryOf`, `objectiveAttention`,
// `latestUpdate`), which reports use; these are not, so that a page loads them only when it works on an
// objective (the SDK's `objectives` commands load on their first call). A bundler splitting a page puts
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
  OBJECTIVE_SNAPSHOT_VERSION,
} from './objectives/objective-log.js';
