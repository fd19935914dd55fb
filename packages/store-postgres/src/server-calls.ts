import { pause } from '@eqia/sdk';
import type pg from 'pg';
import { connect, untilCancelled } from './cancellation.js';
import type { StorePool } from './pool.js';
import { explainFailure, isTransient } from './server-faults.js';

/**
 * Every call a store makes reaches the server through here: a pooled connection, tried again while a
 * restart of the server explains the failure, stopped by the call's signal, and whatever fails in the end
 * turned into an eqia error (server-faults.ts).
 */
export class ServerCalls {
  readonly #source: StorePool;
  readonly #location: string;
  readonly #retryForMillis: number;
  #closed: Promise<void> | undefined;

  constructor(source: StorePool, location: string, retryForMillis: number) {
    this.#source = source;
    this.#location = location;
    this.#retryForMillis = retryForMillis;
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    source.pool.on('error', () => {});
  }

  /** One statement; `writes` when it changes something, so that a lost connection says it may have. */
  query<Row extends pg.QueryResultRow>(
    sql: string,
    params?: unknown[],
    writes = false,
    signal?: AbortSignal,
  ): Promise<pg.QueryResult<Row>> {
    return this.attempt((client, sending) => {
      if (writes) sending();
      return client.query<Row>(sql, params);
    }, signal);
  }

  /**
   * Run `work` on a pooled connection, trying again with a new connection while the failure is one a
   * restart of the server explains, for up to `retryForMillis`. Whatever fails in the end is an eqia
   * error (server-faults.ts). A writer calls `sending()` before its change goes out, so that a failure
   * after it says the change may have been stored. When `signal` fires, the wait for a connection, the
   * statement running (cancelled by the server, so nothing is written) or the pause between tries ends
   * with a CancelledError.
   */
  async attempt<T>(
    work: (client: pg.PoolClient, sending: () => void) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    const giveUpAt = Date.now() + this.#retryForMillis;
    let sent = false;
    const sending = () => {
      sent = true;
    };
    for (let delay = 50; ; delay = Math.min(delay * 2, 1000)) {
      try {
        return await this.withClient((client) => work(client, sending), signal);
      } catch (error) {
        if (!isTransient(error) || this.#closed || Date.now() + delay > giveUpAt)
          throw explainFailure(error, this.#location, sent ? 'unknown' : 'nothing');
        await pause(delay, signal);
      }
    }
  }

  /** Run `work` on one pooled connection, once. */
  async withClient<T>(work: (client: pg.PoolClient) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const client = await connect(this.#source.pool, signal);
    // A checked-out connection has no listener of the pool's: without this one, the server closing it
    // between two statements (a shutdown, a crash) would be an unhandled 'error' event, ending the process.
    let broken = false;
    const onError = () => {
      broken = true;
    };
    client.on('error', onError);
    try {
      const done = await untilCancelled(client, this.#source.config, signal, () => work(client));
      // A connection a cancel was sent to is not reused: the cancel must never reach another statement.
      broken ||= done.cancelSent;
      if ('result' in done) return done.result;
      const { error } = done;
      // A connection that failed, or left a transaction open, is not given back for reuse.
      broken ||= isTransient(error) || typeof (error as { code?: unknown } | null)?.code !== 'string';
      throw error;
    } finally {
      client.removeListener('error', onError);
      client.release(broken);
    }
  }

  /**
   * Ends the connection pool (an app's own pool is left open for the app to end); closing again is
   * harmless, as with the other stores.
   */
  close(): Promise<void> {
    this.#closed ??= this.#source.owned ? this.#source.pool.end() : Promise.resolve();
    return this.#closed;
  }
}
