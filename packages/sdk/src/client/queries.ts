import { type AssessmentSummary, SNAPSHOT_VERSION } from '@eqia/core';
import { checkSnapshot } from '../store/current-snapshot.js';
import type { StoredSnapshot } from '../store/port.js';
import { readAssessment } from './command-runner.js';
import type { ClientContext } from './context.js';
import { actionsOverdue, reviewsDue } from './due-summaries.js';
import { filterSummaries } from './filter-summaries.js';
import type { AssessmentView, OverdueAction } from './results.js';
import type { ListFilter } from './types.js';
import { toLazyView } from './view.js';

// Lists come from the store's listings and summaries only: no query here opens an assessment. Each
// store selects with its indexes; the client selects and orders the summaries that come back again
// (unless the store's list says it answered exactly), so every store answers alike. Listings come exact.

const today = (context: ClientContext) => context.clock().toISOString().slice(0, 10);

/** What `client.list` returns: the store's listings, exact and frozen (the port's `listings`). */
export const listListings = (context: ClientContext, filter: ListFilter = {}) =>
  context.store.listings(filter);

/** The summaries a filter matches, in list order: for the reads that need them whole (views, digests). */
export async function listAssessments(
  context: ClientContext,
  filter: ListFilter = {},
): Promise<AssessmentSummary[]> {
  const found = await context.store.list(filter);
  return context.store.listsExactly ? found : filterSummaries(found, filter);
}

/**
 * The views of every assessment the filter matches, in `list` order, read without their logs: through the
 * store's readSnapshots when it has one (one query for SQLite and PostgreSQL), else
 * one assessment at a time.
 */
export async function snapshotViews(
  context: ClientContext,
  filter: ListFilter = {},
): Promise<AssessmentView[]> {
  const summaries = await listAssessments(context, filter);
  const ids = summaries.map((summary) => summary.id);
  const byId = await readSnapshotsOf(context, ids);
  const profile = context.knownProfile();
  const now = context.clock();
  const language = context.language.checks(profile);
  return ids.flatMap((id) => {
    const stored = byId.get(id);
    return stored ? [toLazyView(stored.snapshot, stored.summary, profile, now, language)] : [];
  });
}

/** The snapshot and summary of each id the store holds, by id, without logs where the store can. */
export async function readSnapshotsOf(
  context: ClientContext,
  ids: readonly string[],
): Promise<Map<string, StoredSnapshot>> {
  const { store } = context;
  let found: StoredSnapshot[] = [];
  if (ids.length === 0) return new Map();
  if (store.readSnapshots) found = await store.readSnapshots(ids);
  // One at a time: ten thousand reads at once would run out of file handles.
  else for (const id of ids) found.push(...[(await store.read(id)) ?? []].flat());
  const byId = new Map(found.map((stored) => [stored.summary.id, stored]));
  // A snapshot an older eqia wrote is migrated from the whole assessment: a step may need its log. Any
  // other is checked against the schema, as a single read checks it.
  for (const [id, stored] of byId) {
    if (stored.snapshot.snapshotVersion < SNAPSHOT_VERSION) byId.set(id, await readAssessment(context, id));
    else checkSnapshot(stored.snapshot, id, store.location);
  }
  return byId;
}

/** Signed off or published, with the next review date today or past (derived from the clock). */
export async function dueForReview(context: ClientContext): Promise<AssessmentSummary[]> {
  const day = today(context);
  return reviewsDue(await context.store.listDueForReview(day), day);
}

/** Open or in-progress actions whose due date has passed, on assessments still in force. */
export async function overdueActions(context: ClientContext): Promise<OverdueAction[]> {
  const day = today(context);
  return actionsOverdue(await context.store.listWithOverdueActions(day), day);
}
