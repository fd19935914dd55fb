import { msg } from '../messages/ui-language.js';

/**
 * A store's location as this run's language says it: a PostgreSQL store's location names its schema in
 * English (`postgres://… (schema eqia)`, the store's `location`), said here in the run's words.
 */
export const storePlace = (location: string): string =>
  location.replace(/ \(schema ([^()]+)\)$/, (_, schema: string) => ` (${msg.errors.schemaOf({ schema })})`);
