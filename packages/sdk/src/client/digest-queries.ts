import {
  type AnnualFacts,
  type AnnualQuery,
  type AnnualTotals,
  type AssessmentSummary,
  annualTotalsOf,
  type CheckFacts,
  type DigestPart,
  type Finding,
  isCurrentDigest,
} from '@eqia/core';
import { annualFactsOf, check, findingsJudge } from '@eqia/core/checks';
import { welshTitleFields } from '../store/checks-of-digests.js';
import type { ReadDigest, StoredChecks } from '../store/port.js';
import type { ClientContext } from './context.js';
import { selectInListOrder } from './filter-summaries.js';
import { listAssessments, readSnapshotsOf } from './queries.js';
import type { AssessmentFindings } from './results.js';
import type { ListFilter } from './types.js';

// Whole-store queries answered from digests (a few kilobytes each, kept at every save), falling back,
// assessment by assessment, to the snapshot where a store has no current digest for it.

/**
 * The matching summaries in `list` order, each with one part of its digest when the store has a current
 * one. With readDigests the store is read once: its summaries are the list (the summaries are not
 * read twice), and only the part asked for is parsed.
 */
async function digestPartsOf<Part extends DigestPart>(
  context: ClientContext,
  filter: ListFilter,
  part: Part,
): Promise<{ summary: AssessmentSummary; kept?: NonNullable<ReadDigest[Part]> }[]> {
  const { store } = context;
  if (!store.readDigests) return (await listAssessments(context, filter)).map((summary) => ({ summary }));
  const found = selectInListOrder(
    await store.readDigests(undefined, part, filter),
    filter,
    (stored) => stored.summary,
  );
  return found.map(({ summary, digest }) => {
    const kept = isCurrentDigest(digest) ? digest[part] : undefined;
    return kept ? { summary, kept } : { summary };
  });
}

/**
 * Each matching assessment's annual facts, in `list` order: the input of the annual report. Typed as
 * they are made, so core's count reads them; the client hands them out frozen (AssessmentFacts).
 */
export async function annualFacts(
  context: ClientContext,
  filter: ListFilter = {},
): Promise<{ summary: AssessmentSummary; facts: AnnualFacts }[]> {
  const entries = await digestPartsOf(context, filter, 'annual');
  const missing = entries.filter((entry) => !entry.kept).map((entry) => entry.summary.id);
  const snapshots = await readSnapshotsOf(context, missing);
  return entries.flatMap(({ summary, kept }) => {
    if (kept) return [{ summary, facts: kept }];
    const stored = snapshots.get(summary.id);
    return stored ? [{ summary: stored.summary, facts: annualFactsOf(stored.snapshot.assessment) }] : [];
  });
}

/**
 * The annual report's facts for a period: the store's answer (counted with its indexes) when it gives
 * one, else core's plain count over every assessment's annual facts, read as annualFacts reads them.
 */
export async function annualTotals(context: ClientContext, query: AnnualQuery): Promise<AnnualTotals> {
  const answered = await context.store.annualTotals?.(query);
  if (answered) return answered;
  const facts = await annualFacts(context);
  return annualTotalsOf(
    facts.map(({ facts, summary }) => ({ facts, state: summary.state })),
    query,
  );
}

/**
 * How many assessments a whole-store check reads, judges and hands out at a time: few enough that a
 * batch's parsed parts and findings die in V8's young generation instead of being promoted and marked
 * (docs/performance.md, "At 100,000").
 */
const CHECK_BATCH = 100;

/**
 * The findings of every matching assessment now, in `list` order, a batch at a time: at most a batch of
 * them is held here, however large the store. A digest gives them when it was made under the current
 * profile; otherwise (an older store, a changed profile) the snapshot is checked. Without a filter, a
 * store with readChecks is read for only what the answer holds, a batch at a time.
 */
export async function* checkEach(
  context: ClientContext,
  filter: ListFilter = {},
): AsyncGenerator<AssessmentFindings> {
  const profile = context.knownProfile();
  const language = context.language.checks(profile);
  const now = context.clock().toISOString();
  const judge = findingsJudge(profile, { now, language });
  for await (const batch of checksInListOrder(context, filter)) {
    const judged = batch.map(({ kept }) => kept && judge(kept));
    const missing = batch.flatMap(({ shown }, index) => (judged[index] ? [] : [shown.id]));
    const snapshots = await readSnapshotsOf(context, missing);
    for (const [index, { shown }] of batch.entries()) {
      const findings = judged[index];
      if (findings) yield assessmentFindings(shown, findings);
      else {
        const stored = snapshots.get(shown.id);
        if (!stored) continue;
        const { summary, snapshot } = stored;
        yield assessmentFindings(summary, check(snapshot.assessment, profile, { now, language }));
      }
    }
  }
}

/** checkEach's findings, all of them. */
export async function checkAll(
  context: ClientContext,
  filter: ListFilter = {},
): Promise<AssessmentFindings[]> {
  const all: AssessmentFindings[] = [];
  for await (const checked of checkEach(context, filter)) all.push(checked);
  return all;
}

/** What a whole-store check shows of an assessment: a summary, or the store's StoredChecks, has it. */
type Shown = Pick<StoredChecks, 'id' | 'title' | 'welshTitle' | 'welshTitleStale' | 'state'>;

/** An assessment as read for a whole-store check, with its current checks part when it has one. */
interface Checked {
  shown: Shown;
  kept: CheckFacts | undefined;
}

/** Each matching assessment in `list` order, a batch at a time, with its current checks part. */
async function* checksInListOrder(context: ClientContext, filter: ListFilter): AsyncGenerator<Checked[]> {
  const { store } = context;
  if (!store.readChecks || !isEmptyFilter(filter)) {
    const found = await digestPartsOf(context, filter, 'checks');
    for (let start = 0; start < found.length; start += CHECK_BATCH)
      yield found.slice(start, start + CHECK_BATCH).map(({ summary, kept }) => ({ shown: summary, kept }));
    return;
  }
  for await (const batch of store.readChecks(CHECK_BATCH))
    yield batch.map((stored) => ({
      shown: stored,
      kept: isCurrentDigest(stored.digest) ? stored.digest.checks : undefined,
    }));
}

/**
 * One assessment's findings as checkEach hands them out: made once, as a literal (most have no Welsh
 * title, so the common shape needs no spread), and frozen as made, so the client's freezing passes it
 * at a glance (a whole-store check makes 100,000 of them).
 */
function assessmentFindings(shown: Shown, findings: Finding[]): AssessmentFindings {
  const { id, title, state } = shown;
  Object.freeze(findings);
  return Object.freeze(
    shown.welshTitle === undefined && !shown.welshTitleStale
      ? { id, title, state, findings }
      : { id, title, ...welshTitleFields(shown), state, findings },
  );
}

const isEmptyFilter = (filter: ListFilter) => Object.values(filter).every((value) => value === undefined);
