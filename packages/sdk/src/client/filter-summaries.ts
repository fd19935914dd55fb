import type { AssessmentSummary, Frozen } from '@eqia/core';
import { freezeListing, type listedFields, listingOf } from './listing.js';
import type { ListFilter } from './types.js';

/*
 * Which summaries a list shows, and in what order. Pure, and it loads nothing else, so a reader that
 * has only a store (eqia list through `@eqia/sdk/light`) filters exactly as `client.list` does.
 */

/**
 * What the filter and the order read of an assessment: fields a listing copies from its summary, so
 * listings (client/listing.ts) are filtered and ordered exactly as their summaries are.
 */
type Listed = Frozen<Pick<AssessmentSummary, (typeof listedFields)[number]>>;

/** The filter as a test of one summary, its needles worked out once rather than for every summary. */
function matcherOf(filter: ListFilter): (summary: Listed) => boolean {
  const states = filter.state === undefined ? undefined : [filter.state].flat();
  const team = filter.team?.toLowerCase();
  const needle = filter.text?.toLowerCase();
  return (summary) => {
    if (states && !states.includes(summary.state)) return false;
    if (filter.owner !== undefined && summary.owner !== filter.owner) return false;
    if (team !== undefined && summary.team.toLowerCase() !== team) return false;
    if (
      filter.characteristic !== undefined &&
      !summary.negativeCharacteristics.includes(filter.characteristic)
    )
      return false;
    if (filter.outcome !== undefined && summary.outcome !== filter.outcome) return false;
    if (needle !== undefined) {
      const haystack = [summary.title, summary.reference, summary.team].join('\n').toLowerCase();
      if (!haystack.includes(needle)) return false;
    }
    return true;
  };
}

/** A UTF-16 code unit where code point order puts it: surrogates (pairs' halves) after U+E000–U+FFFF. */
const rank = (unit: number) => (unit < 0xd800 ? unit : unit < 0xe000 ? unit + 0x2000 : unit - 0x800);

/** Code point order, by the first code unit that differs. */
function byCodePoint(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const unit = a.charCodeAt(index);
    const other = b.charCodeAt(index);
    if (unit !== other) return rank(unit) - rank(other);
  }
  return a.length - b.length;
}

/** Without a surrogate, JavaScript's own `<` (code unit order) is code point order. */
const surrogate = /[\uD800-\uDFFF]/;

/** What the list order reads of an assessment: when it last changed, and its id. */
export interface ListOrderKey {
  updatedAt: string;
  id: string;
}

interface Sortable<T> {
  entry: T;
  key: ListOrderKey;
  /** Whether its time or id holds a surrogate, where code unit and code point order differ. */
  surrogates: boolean;
}

const sortable = <T>(entry: T, key: ListOrderKey): Sortable<T> => ({
  entry,
  key,
  surrogates: surrogate.test(key.updatedAt) || surrogate.test(key.id),
});

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Most recently changed first; ids break ties so the order never wobbles. Times and ids compare by code
 * point, which is the order of their UTF-8 bytes: SQLite's own (BINARY) and PostgreSQL's `COLLATE "C"`,
 * so a store's `ORDER BY updated_at DESC, id` is this order, with nothing to check after it. Times
 * `toISOString` wrote are in time order so; which of two assessments changed in the same millisecond
 * comes first is only for the order to be stable.
 */
function byRecentChange<T>(a: Sortable<T>, b: Sortable<T>): number {
  return (a.surrogates || b.surrogates ? byCodePoints : byCodeUnits)(a.key, b.key);
}

const orderBy =
  (by: (a: string, b: string) => number) =>
  (a: ListOrderKey, b: ListOrderKey): number =>
    by(b.updatedAt, a.updatedAt) || by(a.id, b.id);
const byCodePoints = orderBy(byCodePoint);
const byCodeUnits = orderBy(compare);

/**
 * These entries in list order (the one home of that order): a store that reads only the order's columns
 * beside each summary's text (SQLite's `listJson`) sorts by them exactly as `filterSummaries` does.
 */
export function inListOrder<T>(entries: readonly T[], keyOf: (entry: T) => ListOrderKey): T[] {
  return entries
    .map((entry) => sortable(entry, keyOf(entry)))
    .sort(byRecentChange)
    .map(({ entry }) => entry);
}

/**
 * Whether these keys are already in list order (each pair in turn): a store whose query sorted them
 * (PostgreSQL's `list`) confirms its order in one pass instead of sorting again.
 */
export function isInListOrder(keys: readonly ListOrderKey[]): boolean {
  // Code point order itself, pair by pair: nothing is made for each key (the sort's keys were a third
  // of confirming a list of 3,644).
  for (let index = 1; index < keys.length; index++)
    if (byCodePoints(keys[index - 1] as ListOrderKey, keys[index] as ListOrderKey) > 0) return false;
  return true;
}

/** The summaries (or listings) the filter matches, most recently changed first. */
export function filterSummaries<T extends Listed>(summaries: readonly T[], filter: ListFilter = {}): T[] {
  // Rows a store's query already selected and ordered (PostgreSQL's list) are confirmed in one pass,
  // instead of being filtered and sorted again, which costs more (docs/performance.md, code design notes).
  if (summaries.every(matcherOf(filter)) && isInListOrder(summaries)) return [...summaries];
  return selectInListOrder(summaries, filter, (summary) => summary);
}

/** What `list(filter)` keeps of these, in its order: anything that carries a summary. */
export function selectInListOrder<T>(
  found: readonly T[],
  filter: ListFilter,
  summaryOf: (entry: T) => Listed,
): T[] {
  const matches = matcherOf(filter);
  return inListOrder(
    found.filter((entry) => matches(summaryOf(entry))),
    summaryOf,
  );
}

/**
 * Documents that are JSON text already as one JSON array: a document to a line between the brackets.
 * The form of `listJson`'s answer.
 */
export const jsonArrayOf = (texts: readonly string[]): string =>
  texts.length === 0 ? '[]' : `[\n${texts.join(',\n')}\n]`;

/** `listJson`'s answer for a store that holds the summaries parsed: the listing of each (listing.ts). */
export const listedAsJson = (summaries: readonly AssessmentSummary[], filter: ListFilter = {}): string =>
  jsonArrayOf(filterSummaries(summaries, filter).map((summary) => JSON.stringify(listingOf(summary))));

/** `listings`' answer from summaries read whole (the memory store's, a store's checked path): frozen. */
export const filteredListings = (summaries: readonly AssessmentSummary[], filter: ListFilter = {}) =>
  filterSummaries(summaries, filter).map((summary) => freezeListing(listingOf(summary)));
