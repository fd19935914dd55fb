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

interface ChangeRow {
  sequence: string;
  id: string;
  version: number;
  event: string;
}

/**
 * The watchers of one PostgreSQL store object. While anyone watches, one connection of the pool is held
 * listening; each notice of this schema is read back from the log and told. When the connection is lost
 * (the server restarted, a network fault), it is replaced, trying again every second at most, and the
 * entries written meanwhile are read and told. Nothing of it reaches the process as an unhandled error.
 */
export function postgresChanges(source: ChangeSource) {
  const { pool, s, schemaName } = source;
  let listening: { client: pg.PoolClient; lost: boolean } | undefined;
  let starting: Promise<void> | undefined;
  let seen = 0n;
  let closed = false;
  // Notices are read back in the order they came, one read at a time.
  let reading: Promise<void> = Promise.resolve();

  const letGo = () => {
    const held = listening;
    listening = undefined;
    held?.client.release(true);
  };
  const watchers = createWatchers(letGo);

  const tell = (rows: ChangeRow[]) => {
    for (const { sequence, id, version, event } of rows) {
      if (BigInt(sequence) > seen) seen = BigInt(sequence);
      watchers.tell(changeOf(id, version, Number(sequence), event));
    }
  };
  const read = (client: pg.PoolClient, where: string, value: unknown) =>
    client.query<ChangeRow>(
      `SELECT sequence::text, assessment_id AS id, seq AS version, event::text FROM ${s}.events
        WHERE ${where} ORDER BY sequence`,
      [value],
    );

  async function listen(catchUp: boolean): Promise<void> {
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
      const sequence = heard === channel ? noticeOf(payload, schemaName) : undefined;
      if (sequence === undefined || held.lost) return;
      // A read that fails (the connection lost) is made up by the catch-up after reconnecting.
      reading = reading
        .then(async () => tell((await read(client, 'sequence = $1', sequence)).rows))
        .catch(() => {});
    });
    try {
      await client.query(`SET application_name = ${quoteLiteral(`eqia watch ${schemaName}`.slice(0, 63))}`);
      await client.query(`LISTEN ${channel}`);
      if (catchUp) tell((await read(client, 'sequence > $1', seen.toString())).rows);
      else {
        const last = await client.query<{ last: string | null }>(
          `SELECT max(sequence)::text AS last FROM ${s}.events`,
        );
        seen = BigInt(last.rows[0]?.last ?? 0);
      }
    } catch (error) {
      held.lost = true;
      client.release(true);
      throw error;
    }
    listening = held;
    // The store closed, or everyone stopped watching while it reconnected: nobody needs it.
    if (closed || (catchUp && watchers.size === 0)) letGo();
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
