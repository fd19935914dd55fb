// `@eqia/sdk/list-order`: the order of a list of summaries alone, for a reader that must load nothing
// else (`eqia list --json`'s fast path through the SQLite store). Also exported by the main and light
// entries.

export { inListOrder, isInListOrder, type ListOrderKey } from './client/filter-summaries.js';
