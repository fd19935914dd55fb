/**
 * Statistical disclosure control for one row of counts that add up to a total.
 *
 * Primary: every count below the threshold is suppressed, zero included (the threshold is the rule a
 * reader is told, with no exceptions to reason about).
 * Secondary: totals stay published, because every share is a share of the known total and a share with
 * its count gives the total back anyway. So the suppressed counts must not be recoverable by
 * subtracting the shown ones from the total: while the suppressed counts add up to less than the
 * threshold, the next smallest shown count is suppressed too (ties: the first in the set's order).
 * What a reader can work out is then only a sum of two or more counts that is at least the threshold.
 * When every count is suppressed and they add up to less than the threshold, the known total is a
 * small count itself and is suppressed; the overall total is suppressed whenever the known total or
 * the "not known" count is, since it would give the other back.
 */
export interface SuppressedCounts {
  /** Each count as shown, or `null` where suppressed. */
  counts: (number | null)[];
  known: number | null;
  /** `undefined` when no "not known" count was recorded. */
  notKnown: number | null | undefined;
  total: number | null;
}

export function suppressSmallCounts(
  counts: readonly number[],
  notKnown: number | undefined,
  threshold: number,
): SuppressedCounts {
  const hidden = counts.map((count) => count < threshold);
  const hiddenSum = () => counts.reduce((sum, count, i) => (hidden[i] ? sum + count : sum), 0);
  while (hidden.some(Boolean) && hiddenSum() < threshold) {
    const next = smallestShown(counts, hidden);
    if (next === undefined) break;
    hidden[next] = true;
  }
  const known = counts.reduce((sum, count) => sum + count, 0);
  const knownHidden = known < threshold;
  const notKnownHidden = notKnown !== undefined && notKnown < threshold;
  const total = known + (notKnown ?? 0);
  return {
    counts: counts.map((count, i) => (hidden[i] ? null : count)),
    known: knownHidden ? null : known,
    notKnown: notKnown === undefined ? undefined : notKnownHidden ? null : notKnown,
    total: knownHidden || notKnownHidden || total < threshold ? null : total,
  };
}

function smallestShown(counts: readonly number[], hidden: readonly boolean[]): number | undefined {
  let smallest: number | undefined;
  counts.forEach((count, i) => {
    if (hidden[i]) return;
    if (smallest === undefined || count < (counts[smallest] ?? Number.POSITIVE_INFINITY)) smallest = i;
  });
  return smallest;
}
