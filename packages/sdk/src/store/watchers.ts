import type { ChangeWatcher, StoreChange } from './port.js';

// No `node:` imports here: the memory store uses it in browsers too.

/**
 * The watchers of one store object, each until its signal fires or the store closes. What every adapter's
 * `watch` keeps: the store tells it each change, and `end()` when it closes.
 */
export interface Watchers {
  /** Adds one; false when its signal has already fired (it is not added). */
  add(watcher: ChangeWatcher, signal: AbortSignal): boolean;
  tell(change: StoreChange): void;
  readonly size: number;
  /** Ends every watcher: the store closed. */
  end(): void;
}

/** `onEmpty` runs when the last watcher leaves (its signal fired): a store stops what it ran for them. */
export function createWatchers(onEmpty?: () => void): Watchers {
  const watching = new Map<ChangeWatcher, () => void>();
  return {
    add(watcher, signal) {
      if (signal.aborted) return false;
      const leave = () => {
        watching.delete(watcher);
        if (watching.size === 0) onEmpty?.();
      };
      signal.addEventListener('abort', leave, { once: true });
      watching.set(watcher, () => signal.removeEventListener('abort', leave));
      return true;
    },
    tell(change) {
      for (const watcher of [...watching.keys()]) {
        // A watcher that throws must not keep the change from the others, nor fail the append.
        try {
          watcher.change(change);
        } catch {}
      }
    },
    get size() {
      return watching.size;
    },
    end() {
      const ended = [...watching];
      watching.clear();
      for (const [watcher, forget] of ended) {
        forget();
        try {
          watcher.end();
        } catch {}
      }
    },
  };
}

/**
 * The change an event makes, from what the event records (as an object, or its JSON text as a store
 * keeps it): `type`, `at` and `by` (an actor `{ id }`, or the id alone in a store's own tests). Stores
 * treat events as opaque, so a missing field is empty, and a damaged one never stops a watch.
 */
export function changeOf(id: string, version: number, sequence: number, event: unknown): StoreChange {
  const recorded = typeof event === 'string' ? parsedOrNothing(event) : event;
  const { type, by, at } = (recorded ?? {}) as { type?: unknown; by?: unknown; at?: unknown };
  const actor = typeof by === 'object' && by !== null ? (by as { id?: unknown }).id : by;
  return {
    id,
    version,
    sequence,
    type: typeof type === 'string' ? type : '',
    by: typeof actor === 'string' ? actor : '',
    at: typeof at === 'string' ? at : '',
  };
}

function parsedOrNothing(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
