// `@eqia/store-postgres/testing`: a PostgreSQL server of one's own to stop, kill and restart, for the
// server-fault tests and `pnpm bench --pg`. Not part of the store's API.

export { postgresBinaries, startThrowawayServer, type ThrowawayServer } from './throwaway-server.js';
