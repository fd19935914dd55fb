// The public API of @eqia/store-sqlite. Everything a caller may use is named here.

export { latestSchemaVersion } from './schema.js';
export { openSqliteStore, type SqliteStore, type SqliteStoreOptions } from './sqlite-store.js';
