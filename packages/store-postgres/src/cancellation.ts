import { cancelled, throwIfCancelled } from '@eqia/sdk';
import pg from 'pg';

/** PostgreSQL's query_canceled: the statement was stopped, and rolled back, at our request. */
const queryCanceled = '57014';

/**
 * A connection from the pool, or a CancelledError when the signal fires first (the pool is full and
 * every connection busy): the connection that comes later goes straight back.
 */
export function connect(pool: pg.Pool, signal: AbortSignal | undefined): Promise<pg.PoolClient> {
  if (!signal) return pool.connect();
  throwIfCancelled(signal);
  return new Promise((resolve, reject) => {
    let waiting = true;
    const onAbort = () => {
      waiting = false;
      reject(cancelled(signal));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    pool.connect().then(
      (client) => {
        signal.removeEventListener('abort', onAbort);
        if (waiting) resolve(client);
        else client.release();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Runs `work` on the connection; when the signal fires meanwhile, the server is asked (on a connection
 * of its own) to cancel the statement running, which it stops and rolls back: a lock wait ends at once.
 * The call then fails with a CancelledError, having written nothing; a statement that finished first
 * keeps its result. `cancelSent` tells the caller that the connection must not be reused.
 */
export async function untilCancelled<T>(
  client: pg.PoolClient,
  config: pg.ClientConfig,
  signal: AbortSignal | undefined,
  work: () => Promise<T>,
): Promise<{ result: T; cancelSent: boolean } | { error: unknown; cancelSent: boolean }> {
  if (!signal) {
    try {
      return { result: await work(), cancelSent: false };
    } catch (error) {
      return { error, cancelSent: false };
    }
  }
  let cancelling: Promise<void> | undefined;
  const onAbort = () => {
    cancelling = cancelStatement(config, (client as { processID?: number }).processID);
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    return { result: await work(), cancelSent: cancelling !== undefined };
  } catch (error) {
    const stopped = signal.aborted && (error as { code?: unknown }).code === queryCanceled;
    return { error: stopped ? cancelled(signal) : error, cancelSent: cancelling !== undefined };
  } finally {
    signal.removeEventListener('abort', onAbort);
    // The cancel must land before the connection is let go of, or it could stop another call's statement.
    await cancelling;
  }
}

/** Asks the server to cancel what the backend `pid` runs; a failure to ask is left to the statement. */
async function cancelStatement(config: pg.ClientConfig, pid: number | undefined): Promise<void> {
  if (pid === undefined) return;
  const canceller = new pg.Client({ ...config, application_name: 'eqia cancel' });
  canceller.on('error', () => {});
  try {
    await canceller.connect();
    await canceller.query('SELECT pg_cancel_backend($1)', [pid]);
  } catch {
    // The server cannot be reached: the statement ends with the connection, as any other would.
  } finally {
    await canceller.end().catch(() => {});
  }
}
