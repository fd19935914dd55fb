// `@eqia/store-postgres/testing`: a PostgreSQL server of one's own to stop, kill and restart, for the
// server-fault tests and `pnpm bench --pg`. Not part of the store's API.

// The statement the store sends for an append, so that a bench's raw peer can send exactly the same.
export { appendStatements } from '../append-statement.js';
export { postgresBinaries, startThrowawayServer, type ThrowawayServer } from './throwaway-server.js';
