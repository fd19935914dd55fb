// `@eqia/sdk/light`: the list filter and what is due, without the client. A reader of summaries (eqia
// list, eqia due) starts fast through this entry: nothing here builds a zod schema or loads xstate or
// immer. Everything here is also exported by the main entry.

export { actionsOverdue, reviewsDue } from './client/due-summaries.js';
export { filterSummaries } from './client/filter-summaries.js';
export type { ListFilter, OverdueAction } from './client/types.js';
export type { AssessmentStore } from './store/port.js';
