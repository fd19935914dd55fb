import { type AssessmentEventType, ValidationError } from '@eqia/core';
import { storedOnDemandTold } from '../language/stored-on-demand-errors.js';
import { cancelled, throwIfCancelled } from '../store/cancellation.js';
import type { StoreChange } from '../store/port.js';
import type { ClientContext } from './context.js';
import type { AssessmentChange, ChangeFeed } from './results.js';
import type { WatchOptions } from './types.js';

/**
 * A feed of the store's changes (see EqiaClient.watch). Changes are kept for the iteration until read
 * (unless they go to `onChange`); the feed ends when stopped or when the store closes, and fails with a
 * CancelledError when the caller's signal fires.
 */
export async function watchChanges(
  context: ClientContext,
  options: WatchOptions,
  clientClosed: AbortSignal,
): Promise<ChangeFeed> {
  const { id, onChange, signal } = options;
  const { store } = context;
  if (!store.watch) {
    const { message, options } = storedOnDemandTold('notWatchable', {
      kind: store.kind,
      location: store.location,
    });
    throw new ValidationError(message, [], options);
  }
  throwIfCancelled(signal, 'Watching');
  const kept: AssessmentChange[] = [];
  let ended: { error?: unknown } | undefined;
  let wake: (() => void) | undefined;
  const stopping = new AbortController();
  const finish = (error?: unknown) => {
    if (ended) return;
    ended = error === undefined ? {} : { error };
    stopping.abort();
    signal?.removeEventListener('abort', onAbort);
    clientClosed.removeEventListener('abort', onClose);
    wake?.();
  };
  const onAbort = () => finish(cancelled(signal as AbortSignal, 'Watching'));
  signal?.addEventListener('abort', onAbort, { once: true });
  // Closing the client ends its feeds as closing the store does.
  const onClose = () => finish();
  clientClosed.addEventListener('abort', onClose, { once: true });

  const deliver = (change: StoreChange) => {
    if (ended || (id !== undefined && change.id !== id)) return;
    const told: AssessmentChange = Object.freeze({ ...change, type: change.type as AssessmentEventType });
    if (onChange) onChange(told);
    else kept.push(told);
    wake?.();
  };
  try {
    await store.watch({ change: deliver, end: () => finish() }, { signal: stopping.signal });
  } catch (error) {
    finish();
    throw error;
  }

  async function* changes(): AsyncGenerator<AssessmentChange> {
    try {
      for (;;) {
        const next = kept.shift();
        if (next) {
          yield next;
          continue;
        }
        if (ended) {
          if (ended.error !== undefined) throw ended.error;
          return;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
    } finally {
      finish();
    }
  }
  return { stop: () => finish(), [Symbol.asyncIterator]: changes };
}
