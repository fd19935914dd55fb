import { StoreCorruptError } from '@eqia/core/light';
import { type CallOptions, pause, storeMissing, throwIfCancelled } from '@eqia/sdk/light';
import type Database from 'better-sqlite3';
import { fileExists, openDatabase } from './database-file.js';
import { explainFailure, isBusy, notAnEqiaStore } from './errors.js';
import { keepForever } from './keep-statements.js';
import {
  applicationId,
  latestSchemaVersion,
  migrate,
  newerSchema,
  type SchemaReader,
  type SchemaState,
  schemaReader,
} from './schema.js';
import { prepareStore, type Ready } from './statements.js';

/** The longest SQLite waits for a lock at once: the event loop (and a signal) runs between slices. */
const busySliceMs = 200;

/** A file no eqia has made a store in yet (what `init` may create one in). */
export const isFresh = (state: SchemaState) =>
  state.version === 0 && state.empty && state.applicationId === 0;

/**
 * A store's database file, as the store's calls use it: connected on first use and kept, brought up to
 * date before its statements are prepared, each call's failures turned into eqia's errors, and writes
 * waiting for another process's lock in slices.
 */
export class StoreFile {
  readonly #file: string;
  readonly #busyTimeoutMs: number;
  readonly #durable: boolean;
  #connection: { db: Database.Database; readState: SchemaReader } | undefined;
  #ready: Ready | undefined;

  constructor(file: string, busyTimeoutMs: number, durable: boolean) {
    this.#file = file;
    this.#busyTimeoutMs = busyTimeoutMs;
    this.#durable = durable;
  }

  get isConnected(): boolean {
    return this.#connection !== undefined;
  }

  get isReady(): boolean {
    return this.#ready !== undefined;
  }

  /**
   * The database, opened on first use and kept. Never created here: a missing file is a missing store.
   */
  connect(): { db: Database.Database; readState: SchemaReader } {
    if (this.#connection) return this.#connection;
    if (!fileExists(this.#file)) throw storeMissing(this.#file);
    const db = openDatabase(this.#file, Math.min(this.#busyTimeoutMs, busySliceMs), this.#durable);
    this.#connection = { db, readState: keepForever(schemaReader(db)) };
    return this.#connection;
  }

  /**
   * The store ready for use: the file must hold an eqia store. One at an older schema version is brought
   * up to date (as any database engine upgrades its files); one from a newer eqia is refused, unread.
   */
  open(): Ready {
    if (this.#ready) return this.#ready;
    const { db, readState } = this.connect();
    const state = readState();
    if (isFresh(state)) throw storeMissing(this.#file);
    this.refuseForeign(state);
    if (state.version < latestSchemaVersion) migrate(db, this.#file, readState);
    return this.prepared();
  }

  refuseForeign(state: SchemaState): void {
    if (state.applicationId !== applicationId) throw notAnEqiaStore(this.#file);
    if (state.version > latestSchemaVersion) throw newerSchema(this.#file, state.version);
  }

  prepared(): Ready {
    this.#ready ??= keepForever(prepareStore(this.connect().db, this.#file));
    return this.#ready;
  }

  disconnect(): void {
    const connection = this.#connection;
    this.#connection = undefined;
    this.#ready = undefined;
    connection?.db.close();
  }

  /**
   * Runs a write, which may wait for another process's write lock: SQLite waits one slice at a time, and
   * between slices the event loop runs and the call's signal is heard, until busyTimeoutMs have passed.
   * A try that met the lock wrote nothing (the lock comes before any write), so trying again is safe.
   */
  async waiting<T>(call: CallOptions | undefined, work: () => T): Promise<T> {
    const giveUpAt = Date.now() + this.#busyTimeoutMs;
    for (;;) {
      throwIfCancelled(call?.signal, 'The write');
      try {
        return await this.run(work);
      } catch (error) {
        const busy = isBusy((error as { cause?: unknown }).cause);
        if (!busy || Date.now() >= giveUpAt) throw error;
        await pause(1, call?.signal, 'The write');
      }
    }
  }

  /** Runs a call, turning what SQLite throws into eqia's errors; a damaged file is let go of. */
  async run<T>(work: () => T): Promise<T> {
    try {
      return work();
    } catch (error) {
      const explained = explainFailure(error, this.#file, this.#busyTimeoutMs);
      if (explained instanceof StoreCorruptError) this.disconnect();
      throw explained;
    }
  }
}
