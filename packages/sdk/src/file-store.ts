// `@eqia/sdk/file-store`: the file store and the list filter, without the client. A reader that only
// lists (eqia list) starts fast through this entry: nothing here builds a zod schema or loads xstate or
// immer. Everything here is also exported by the main entry.

export { filterSummaries } from './client/filter-summaries.js';
export type { ListFilter } from './client/types.js';
export { createFileStore, type FileStoreOptions } from './store/file/file-store.js';
export type { LockOptions } from './store/file/store-lock.js';
export type { AssessmentStore } from './store/port.js';
