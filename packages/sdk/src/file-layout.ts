// `@eqia/sdk/file-layout`: a read-only reader of the file layout of eqia's first releases, kept only so
// that `eqia migrate-store` can move such a store into SQLite (copyStore). Node only.

export { isFileLayout, openFileLayout } from './store/file-layout/file-layout.js';
