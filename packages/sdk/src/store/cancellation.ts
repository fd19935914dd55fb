import { CancelledError } from '@eqia/core/light';

// No `node:` imports here: the client and every store share it, in browsers too.

/**
 * What every client call and every store method takes last: `signal` aborts it (an AbortSignal, as
 * `fetch` takes). An aborted call is a CancelledError (code `CANCELLED`) and has written nothing; a call
 * whose write was already stored when the signal fired succeeds.
 */
export interface CallOptions {
  signal?: AbortSignal | undefined;
}

/** The error an aborted call throws, saying what was stopped. */
export function cancelled(signal: AbortSignal, what = 'The call'): CancelledError {
  const reason: unknown = signal.reason;
  const why = reason instanceof Error && reason.name !== 'AbortError' ? ` (${reason.message})` : '';
  return new CancelledError(`${what} was cancelled by its signal${why}: nothing was written.`, reason);
}

/** Throws the CancelledError when the signal has fired; otherwise does nothing. */
export function throwIfCancelled(signal: AbortSignal | undefined, what?: string): void {
  if (signal?.aborted) throw cancelled(signal, what);
}

/** Waits `ms`, or until the signal fires (then a CancelledError): a wait between tries, cut short. */
export function pause(ms: number, signal?: AbortSignal, what?: string): Promise<void> {
  throwIfCancelled(signal, what);
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled(signal as AbortSignal, what));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
