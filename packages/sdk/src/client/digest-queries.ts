import {
  type AssessmentDigest,
  type AssessmentSummary,
  annualFactsOf,
  check,
  digestFindings,
  isCurrentDigest,
} from '@eqia/core';
import type { ClientContext } from './context.js';
import { listAssessments, readSnapshotsOf, selectInListOrder } from './queries.js';
import type { AssessmentFacts, AssessmentFindings, ListFilter } from './types.js';

// Whole-store queries answered from digests (a few kilobytes each, kept at every save), falling back,
// assessment by assessment, to the snapshot where a store has no current digest for it.

/**
 * The matching summaries in `list` order, each with its digest when the store has a current one. With
 * readDigests the store is read once: its summaries are the list (the file store's index is not read twice).
 */
async function digestsOf(
  context: ClientContext,
  filter: ListFilter,
): Promise<{ summary: AssessmentSummary; digest?: AssessmentDigest }[]> {
  const { store } = context;
  if (!store.readDigests) return (await listAssessments(context, filter)).map((summary) => ({ summary }));
  const found = selectInListOrder(await store.readDigests(), filter, (stored) => stored.summary);
  return found.map(({ summary, digest }) => (isCurrentDigest(digest) ? { summary, digest } : { summary }));
}

/** Each matching assessment's annual facts, in `list` order: the input of the annual report. */
export async function annualFacts(
  context: ClientContext,
  filter: ListFilter = {},
): Promise<AssessmentFacts[]> {
  const entries = await digestsOf(context, filter);
  const missing = entries.filter((entry) => !entry.digest).map((entry) => entry.summary.id);
  const snapshots = await readSnapshotsOf(context, missing);
  return entries.flatMap(({ summary, digest }) => {
    if (digest) return [{ summary, facts: digest.annual }];
    const stored = snapshots.get(summary.id);
    return stored ? [{ summary: stored.summary, facts: annualFactsOf(stored.snapshot.assessment) }] : [];
  });
}

/**
 * The findings of every matching assessment now, in `list` order. A digest gives them when it was made
 * under the current profile; otherwise (an older store, a changed profile) the snapshot is checked.
 */
export async function checkAll(
  context: ClientContext,
  filter: ListFilter = {},
): Promise<AssessmentFindings[]> {
  const profile = context.knownProfile();
  const now = context.clock().toISOString();
  const entries = (await digestsOf(context, filter)).map(({ summary, digest }) => ({
    summary,
    findings: digest && digestFindings(digest, profile, { now }),
  }));
  const missing = entries.filter((entry) => !entry.findings).map((entry) => entry.summary.id);
  const snapshots = await readSnapshotsOf(context, missing);
  return entries.flatMap(({ summary, findings }) => {
    if (findings) return [{ summary, findings }];
    const stored = snapshots.get(summary.id);
    return stored
      ? [{ summary: stored.summary, findings: check(stored.snapshot.assessment, profile, { now }) }]
      : [];
  });
}
