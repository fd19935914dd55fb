import { type OptionsTeller, optionsTellerOf } from '@eqia/core/light';
import { restore } from './stored-errors.js';

// What the SDK says, in English, of a store it reads from code a page loads only when it needs it (a
// feed of changes, the equality data, the old file layout): apart from stored-errors.ts so that these
// words come with that code, not with every page. The Welsh joins the `stored` area (cy-stored-errors.ts).

export const englishStoredOnDemandErrors = {
  /** `number` counts from 1. */
  importUnshaped: ({ location, number, issues }: { location: string; number: string; issues: string }) =>
    `The eqia store ${location} holds equality data import ${number} that is not shaped as eqia writes it: ${restore}\n${issues}`,
  /** `kind` is the store's own (memory, sqlite, postgres, or a custom store's). */
  notWatchable: ({ kind, location }: { kind: string; location: string }) =>
    `The ${kind} store at ${location} cannot be watched: it has no watch(). Use a store that has (memory, SQLite, PostgreSQL), or re-read on a timer.`,
  oldLayout: ({ location }: { location: string }) =>
    `The store at ${location} is in the old file layout, which eqia now only reads: run \`eqia migrate-store --from ${location} --to <new store>\` to move it into SQLite.`,
};

export type StoredOnDemandErrorWords = typeof englishStoredOnDemandErrors;

/** A message of this area's English and the options that carry it as data, for the error's constructor. */
export const storedOnDemandTold: OptionsTeller<StoredOnDemandErrorWords> =
  optionsTellerOf(englishStoredOnDemandErrors);
