import { type Teller, tellerOf } from './told.js';

// What core says, in English, from code a page loads only when it needs it (the objectives' log, the
// checks): an area of its own, so these words come with that code and not with every page. The Welsh
// joins core's `records` area (cy/records.ts), as the CSV area's does.

export const englishOnDemandWords = {
  objectiveUnversioned: ({ location, found }: { location: string; found: string }) =>
    `An objective in the store at ${location} has no valid snapshotVersion (found ${found}): it was not written by eqia.`,
  objectiveNewer: ({ location, version }: { location: string; version: string }) =>
    `An objective in the store at ${location} was written by a newer eqia (snapshot version ${version}): upgrade eqia to read it.`,
  /** A clock given to the checks (the SDK's `clock`) that is not a date-time. */
  badClock: ({ now }: { now: string }) =>
    `The check clock "${now}" is not an ISO date-time: pass one such as 2026-03-02T10:00:00Z.`,
};

export type OnDemandWords = typeof englishOnDemandWords;

/** A message of this area as data: its id and values (`told`) and its English (`message`). */
export const onDemandTold: Teller<OnDemandWords> = tellerOf(englishOnDemandWords);
