import type { AssessmentSummary, Frozen, IsoDate } from '@eqia/core';

/*
 * What `client.list()` returns and `eqia list --json` (the store's `listJson`) prints of each
 * assessment: enough for a script to find and triage it, and a tenth of the bytes of its summary, most of
 * which is the open actions. Their number and the earliest due date stand in for them here; `due --json`
 * lists the actions themselves, `client.get` and `show --json` the assessment.
 *
 * Every store gives the same text for it (the conformance suite compares them byte for byte). SQLite
 * and PostgreSQL build it in SQL from the stored summary (store-sqlite's listing-sql.ts and
 * store-postgres's listing-column.ts, a schema step each): a change to the fields here is a new schema
 * step in each.
 */

/** The summary's fields a listing copies, in this order, each when the summary has it. */
export const listedFields = [
  'id',
  'revision',
  'supersedes',
  'supersededBy',
  'state',
  'stage',
  'title',
  'welshTitle',
  'welshTitleStale',
  'reference',
  'team',
  'owner',
  'updatedAt',
  'version',
  'outcome',
  'nextReviewDate',
  'publishedAt',
  'negativeCharacteristics',
] as const satisfies readonly (keyof AssessmentSummary)[];

/** One assessment as `eqia list --json` prints it. */
export type AssessmentListing = Pick<AssessmentSummary, (typeof listedFields)[number]> & {
  /** How many of its actions are open or in progress. */
  openActionCount: number;
  /** The earliest due date among those, when any has one. */
  earliestActionDue?: IsoDate;
};

export function listingOf(summary: AssessmentSummary): AssessmentListing {
  const listing: Record<string, unknown> = {};
  for (const field of listedFields) if (summary[field] !== undefined) listing[field] = summary[field];
  let earliest: IsoDate | undefined;
  for (const { dueDate } of summary.openActions)
    if (dueDate !== undefined && (earliest === undefined || dueDate < earliest)) earliest = dueDate;
  listing.openActionCount = summary.openActions.length;
  if (earliest !== undefined) listing.earliestActionDue = earliest;
  return listing as AssessmentListing;
}

/**
 * A listing frozen as the client returns it, cheaply: a listing is flat, so it and its one list are all
 * there is to freeze (a summary is walked; 36,000 listings are not).
 */
export function freezeListing(listing: AssessmentListing): Frozen<AssessmentListing> {
  Object.freeze(listing.negativeCharacteristics);
  return Object.freeze(listing);
}

/**
 * `freezeListing` for the listings of one answer, read in turn: a listing whose characteristics list
 * equals one an earlier listing was given (up to `kept` distinct lists) is given that frozen list in
 * place of its own. Equal and frozen, the lists are the same to any reader but `===`; a list of 36,000
 * listings keeps a few lists instead of one each, which the collector would otherwise copy.
 */
export function listingsFreezer(kept = 32): (listing: AssessmentListing) => Frozen<AssessmentListing> {
  const lists: (readonly string[])[] = [];
  return (listing) => {
    const own = listing.negativeCharacteristics;
    const equal = lists.find((list) => sameTexts(list, own));
    if (equal !== undefined)
      (listing as { negativeCharacteristics: readonly string[] }).negativeCharacteristics = equal;
    else if (lists.length < kept) lists.push(own);
    return freezeListing(listing);
  };
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
