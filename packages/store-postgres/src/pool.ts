import pg from 'pg';
import { parseStoreUrl } from './connection.js';

/** How the store reaches its server: its own pool from a URL, or the app's pool. */
export interface PoolOptions {
  /** Most connections this process opens. Default 10. */
  maxConnections?: number;
  /** How long to wait for a connection before saying the server is unreachable. Default 10 000 ms. */
  connectionTimeoutMillis?: number;
  /**
   * TLS to the server, as node-postgres takes it: `true`, or `{ ca, rejectUnauthorized, … }` (a CA
   * certificate a managed database gives, say). The URL's `sslmode` does the same for simple cases.
   */
  ssl?: pg.PoolConfig['ssl'];
  /**
   * The password, or a function that gives one for each new connection: a token that expires (AWS RDS
   * IAM, Azure Entra ID) is fetched afresh. Default: the URL's, else PGPASSWORD or ~/.pgpass.
   */
  password?: pg.PoolConfig['password'];
}

/** The pool, where it is, what a connection of its own needs (to cancel a statement), and who ends it. */
export interface StorePool {
  pool: pg.Pool;
  /** The server and database as messages may show them: never a password. */
  shown: string;
  /** The schema the URL names, if it names one. */
  schema?: string;
  config: pg.ClientConfig;
  /** Whether closing the store ends the pool (not an app's own pool, which the app ends). */
  owned: boolean;
}

export function poolFromUrl(url: string, options: PoolOptions): StorePool {
  const address = parseStoreUrl(url);
  const config: pg.PoolConfig = {
    connectionString: address.connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
    application_name: 'eqia',
    // Notice a server that vanished without closing the connection (a crash, a network fault).
    keepAlive: true,
    ...(options.ssl !== undefined && { ssl: options.ssl }),
    ...(options.password !== undefined && { password: options.password }),
  };
  return {
    pool: new pg.Pool(config),
    shown: address.shown,
    ...(address.schema !== undefined && { schema: address.schema }),
    config,
    owned: true,
  };
}

/** The app's pool, shared: the store uses it and leaves it open on close. */
export function sharedPool(pool: pg.Pool): StorePool {
  const { host, port, database, user, connectionString } = pool.options;
  const where = `${host ?? 'localhost'}${port ? `:${port}` : ''}/${database ?? ''}`;
  const url = connectionString
    ? parseStoreUrl(connectionString).shown
    : `postgres://${user ? `${encodeURIComponent(user)}@` : ''}${where}`;
  return {
    pool,
    shown: `${url} (the app's pool)`,
    config: pool.options,
    owned: false,
  };
}
