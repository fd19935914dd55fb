import { type AssessmentSummary, finalStates } from '@eqia/core';
import type { StoredSnapshot } from '../store/port.js';
import type { ClientContext } from './context.js';
import type { AssessmentView, ListFilter, OverdueAction } from './types.js';
import { toLazyView } from './view.js';

// Lists come from the store's summaries only: no query here opens an assessment.

const today = (context: ClientContext) => context.clock().toISOString().slice(0, 10);

function matches(summary: AssessmentSummary, filter: ListFilter): boolean {
  const states = filter.state === undefined ? undefined : [filter.state].flat();
  if (states && !states.includes(summary.state)) return false;
  if (filter.owner !== undefined && summary.owner !== filter.owner) return false;
  if (filter.team !== undefined && summary.team.toLowerCase() !== filter.team.toLowerCase()) return false;
  if (filter.characteristic !== undefined && !summary.negativeCharacteristics.includes(filter.characteristic))
    return false;
  if (filter.outcome !== undefined && summary.outcome !== filter.outcome) return false;
  if (filter.text !== undefined) {
    const needle = filter.text.toLowerCase();
    const haystack = [summary.title, summary.reference, summary.team].join('\n').toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
}

/** Most recently changed first; ids break ties so the order never wobbles. */
const byRecentChange = (a: AssessmentSummary, b: AssessmentSummary) =>
  b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);

export async function listAssessments(
  context: ClientContext,
  filter: ListFilter = {},
): Promise<AssessmentSummary[]> {
  return selectInListOrder(await context.store.list(), filter, (summary) => summary);
}

/** What `list(filter)` keeps of these, in its order: anything that carries a summary. */
export function selectInListOrder<T>(
  found: readonly T[],
  filter: ListFilter,
  summaryOf: (entry: T) => AssessmentSummary,
): T[] {
  return found
    .filter((entry) => matches(summaryOf(entry), filter))
    .sort((a, b) => byRecentChange(summaryOf(a), summaryOf(b)));
}

/**
 * The views of every assessment the filter matches, in `list` order, read without their logs: through the
 * store's readSnapshots when it has one (one file for the file store, one query for PostgreSQL), else
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
  return ids.flatMap((id) => {
    const stored = byId.get(id);
    return stored ? [toLazyView(stored.snapshot, stored.summary, profile, now)] : [];
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
  return new Map(found.map((stored) => [stored.summary.id, stored]));
}

/** Signed off or published, with the next review date today or past (derived from the clock). */
export async function dueForReview(context: ClientContext): Promise<AssessmentSummary[]> {
  const day = today(context);
  const summaries = await listAssessments(context, { state: ['signed_off', 'published'] });
  return summaries
    .filter((summary) => summary.nextReviewDate !== undefined && summary.nextReviewDate <= day)
    .sort(
      (a, b) => (a.nextReviewDate ?? '').localeCompare(b.nextReviewDate ?? '') || a.id.localeCompare(b.id),
    );
}

/** Open or in-progress actions whose due date has passed, on assessments still in force. */
export async function overdueActions(context: ClientContext): Promise<OverdueAction[]> {
  const day = today(context);
  const summaries = await context.store.list();
  return summaries
    .filter((summary) => !finalStates.includes(summary.state))
    .flatMap((summary) =>
      summary.openActions
        .filter((action) => action.dueDate !== undefined && action.dueDate < day)
        .map((action) => ({
          assessmentId: summary.id,
          title: summary.title,
          actionId: action.id,
          dueDate: action.dueDate as string,
        })),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.assessmentId.localeCompare(b.assessmentId));
}
