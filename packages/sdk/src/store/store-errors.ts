import { EqiaError, NotFoundError } from '@eqia/core/light';

/** Reading or writing a store nobody has created: stores are only ever created on purpose. */
export function storeMissing(location: string): NotFoundError {
  return new NotFoundError(
    `There is no eqia store at ${location}. Run \`eqia init\` (or call store.init()) to create one, or point to the right store with --store or EQIA_STORE.`,
  );
}

/** Another writer kept the store busy for longer than we were willing to wait. Nothing was written. */
export class StoreBusyError extends EqiaError {
  readonly code = 'STORE_BUSY';
  /** Nothing about the request was wrong: the same call a moment later can succeed. */
  readonly retryable = true;
  constructor(
    message: string,
    /** The store, as `store.location` names it. */
    readonly location: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
