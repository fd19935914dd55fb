import { clientOf } from './create-client.js';
import { disposeSymbol } from './dispose.js';
import { checkLocale } from './locale.js';
import type { ClientOptions, EqiaClient } from './types.js';

/** One store shared by every user of an app: a server opens one (one PostgreSQL pool) for all of them. */
export interface Eqia {
  readonly store: ClientOptions['store'];
  /**
   * A client acting for this user, sharing the store: as `createClient` gives, except that closing it
   * leaves the store open for the others. A user the profile does not know is a ForbiddenError.
   */
  as(user: string): Promise<EqiaClient>;
  /** Closes the store, for every client made here. Closing twice is harmless. */
  close(): Promise<void>;
}

/** The options of every client it makes, but the user: see ClientOptions. */
export type EqiaOptions = Omit<ClientOptions, 'user'>;

export function createEqia(options: EqiaOptions): Eqia {
  // A locale eqia does not speak is refused here, not at the first user's request.
  checkLocale(options.locale);
  const close = () => options.store.close();
  return {
    store: options.store,
    as: (user) => clientOf({ ...options, user }, { closesStore: false }),
    close,
    [disposeSymbol]: close,
  };
}
