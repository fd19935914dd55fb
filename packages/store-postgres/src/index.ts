// The public API of @eqia/store-postgres. Everything a caller may use is named here.

export { latestSchemaVersion } from './migrations.js';
export type { PoolOptions } from './pool.js';
export { openPostgresStore, type PostgresStoreOptions, type SharedPoolOptions } from './postgres-store.js';
