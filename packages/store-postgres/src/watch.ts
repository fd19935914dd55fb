import { type ChangeWatcher, changeOf, createWatchers, pause } from '@eqia/sdk';
import type pg from 'pg';

/** The channel every eqia schema of a database notifies on; each notice names its schema. */
const channel = 'eqia_events';

/**
 * Schema step: every entry gets the store's order of changes (`sequence`), and every insert into the log
 * notifies, at commit, the sessions listening on `eqia_events` with its schema and sequence. Only those
 * go in the notice: the event itself may be longer than a notice may carry, or hold text (an escaped NUL)
 * the server cannot take apart, so the listener reads it.
 */
export const notifyOnAppend = (s: string) => `
  ALTER TABLE ${s}.events ADD COLUMN sequence bigint GENERATED ALWAYS AS IDENTITY;
  CREATE UNIQUE INDEX events_sequence ON ${s}.events (sequence);
  CREATE FUNCTION ${s}.notify_event_appended() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM pg_notify('${channel}', json_build_object('schema', TG_TABLE_SCHEMA, 'sequence', NEW.sequence)::text);
    RETURN NULL;
  END $$;
  CREATE TRIGGER events_notify AFTER INSERT ON ${s}.events
    FOR EACH ROW EXECUTE FUNCTION ${s}.notify_event_appended();
`;

interface ChangeSource {
  pool: pg.Pool;
  /** The quoted schema, for statements, and its name, as notices carry it. */
  s: string;
  schemaName: string;
  /** Resolves once the schema is there and up to date (so that its log notifies). */
  ready(): Promise<void>;
  /** What a failure to start listening becomes: an eqia error naming the server. */
  explain(error: unknown): unknown;
}

/**
 * Schema step: each entry records the transaction that wrote it, so that a listener can tell which
 * entries may still appear below the highest sequence it has seen (see `postgresChanges`). Existing
 * entries keep none: they are older than any listener.
 */
export const transactionOfEntry = (s: string) => `
  ALTER TABLE ${s}.events ADD COLUMN txid xid8;
  ALTER TABLE ${s}.events ALTER COLUMN txid SET DEFAULT pg_current_xact_id();
  CREATE INDEX events_txid ON ${s}.events (txid);
`;

/** An entry not yet told, or a row of nulls but the horizon when there is none. */
interface ChangeRow {
  horizon: string;
  sequence: string | null;
  txid: string;
  id: string;
  version: number;
  event: string;
}

/**
 * The watchers of one PostgreSQL store object. While anyone watches, one connection of the pool is held
 * listening, and every notice of this schema wakes a read of the entries not yet told. Sequences are
 * handed out at insert, not at commit, so an entry can become visible after others with higher
 * sequences: the read is not "after the last sequence seen" but "written by a transaction that had not
 * ended at the last read" (its `horizon`, the oldest transaction still running then; every entry of an
 * older transaction was visible to that read). Entries read twice are told once. When the connection
 * is lost (a server restart, a network fault) it is replaced, trying again every second at most, and
 * the same read tells what was written meanwhile. Nothing of it reaches the process as an unhandled error.
 */
export function postgresChanges(source: ChangeSource) {
  const { pool, s, schemaName } = source;
  let listening: { client: pg.PoolClient; lost: boolean } | undefined;
  let starting: Promise<void> | undefined;
  let closed = false;
  // The oldest transaction running at the last read (none before the first), and the entries told
  // since that a read may return again.
  let horizon: string | null = null;
  let told = new Map<string, bigint>();
  // Reads run one at a time: notices that come while one waits to start are answered by it.
  let queue: Promise<void> = Promise.resolve();
  let waiting: Promise<void> | undefined;

  const letGo = () => {
    const held = listening;
    listening = undefined;
    held?.client.release(true);
  };
  const watchers = createWatchers(letGo);

  /** Reads the entries not yet told, after those before it; tells them unless `quietly`. */
  function read(client: pg.PoolClient, quietly = false): Promise<void> {
    if (waiting) return waiting;
    const next = queue.then(() => {
      waiting = undefined;
      return catchUp(client, quietly);
    });
    waiting = next;
    queue = next.catch(() => {});
    return next;
  }

  async function catchUp(client: pg.PoolClient, quietly: boolean): Promise<void> {
    // One statement, one snapshot: the horizon is that of the rows read (the first read takes it as
    // its own, so that it reads only transactions still running as watching starts).
    const { rows } = await client.query<ChangeRow>(
      `WITH now AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon)
       SELECT now.horizon::text, e.sequence::text, e.txid::text, e.assessment_id AS id, e.seq AS version,
              e.event::text
         FROM now LEFT JOIN ${s}.events e
           ON e.txid >= coalesce($1::xid8, now.horizon) AND e.sequence <> ALL($2::bigint[])
        ORDER BY e.sequence`,
      // What was told is left out by the server: an old transaction still open elsewhere (a backup
      // running) holds the horizon back, and only the sequences of what is re-read cross the wire.
      [horizon, [...told.keys()]],
    );
    for (const { sequence, txid, id, version, event } of rows) {
      if (sequence === null || told.has(sequence)) continue;
      told.set(sequence, BigInt(txid));
      if (!quietly) watchers.tell(changeOf(id, version, Number(sequence), event));
    }
    // What an older transaction wrote was all visible to this read: no read returns it again.
    const floor = rows[0]?.horizon ?? horizon;
    horizon = floor;
    if (floor !== null) told = new Map([...told].filter(([, txid]) => txid >= BigInt(floor)));
  }

  async function listen(resumed: boolean): Promise<void> {
    const client = await pool.connect();
    const held = { client, lost: false };
    // A listening connection the server drops must not end the process: it is replaced instead.
    const onLost = () => {
      if (held.lost) return;
      held.lost = true;
      if (listening === held) {
        letGo();
        reconnect();
      }
    };
    client.on('error', onLost);
    client.on('end', onLost);
    client.on('notification', ({ channel: heard, payload }) => {
      // A read that fails (the connection lost) is made up by the read after reconnecting.
      if (heard === channel && noticeOf(payload, schemaName) !== undefined && !held.lost)
        read(client).catch(() => {});
    });
    try {
      await client.query(`SET application_name = ${quoteLiteral(`eqia watch ${schemaName}`.slice(0, 63))}`);
      await client.query(`LISTEN ${channel}`);
      // Listening first, then reading: nothing committed in between is missed. When watching starts,
      // what was written before is not a change to tell, only to recognise if read again.
      await read(client, !resumed);
    } catch (error) {
      held.lost = true;
      client.release(true);
      throw error;
    }
    listening = held;
    // The store closed, or everyone stopped watching while it reconnected: nobody needs it.
    if (closed || (resumed && watchers.size === 0)) letGo();
  }

  /** After a fault: a new connection, once a second at most, while anyone watches. */
  function reconnect(): void {
    starting = (async () => {
      for (let delay = 100; !closed && watchers.size > 0; delay = Math.min(delay * 2, 1000)) {
        await pause(delay);
        try {
          return await listen(true);
        } catch {}
      }
    })().finally(() => {
      starting = undefined;
    });
  }

  return {
    async watch(watcher: ChangeWatcher, signal: AbortSignal): Promise<void> {
      await source.ready();
      if (!listening) {
        starting ??= listen(false).finally(() => {
          starting = undefined;
        });
        await starting.catch((error: unknown) => {
          throw source.explain(error);
        });
      }
      if (closed) return watcher.end();
      if (!watchers.add(watcher, signal) && watchers.size === 0) letGo();
    },
    /** The store closes: every watcher is told, and the connection goes back (before the pool ends). */
    close(): void {
      closed = true;
      watchers.end();
      letGo();
    },
  };
}

/** The sequence a notice of this schema names; undefined for another schema's or anything else. */
function noticeOf(payload: string | undefined, schemaName: string): number | undefined {
  try {
    const notice = JSON.parse(payload ?? '') as { schema?: unknown; sequence?: unknown };
    return notice.schema === schemaName && typeof notice.sequence === 'number' ? notice.sequence : undefined;
  } catch {
    return undefined;
  }
}

const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;
