/**
 * The one known word a mistyped one most likely meant, for "did you mean …?": one a few letters away
 * (at most two edits, and fewer than half the word), or the only one it begins. Undefined when none is,
 * or two are equally near: a guess is worse than none.
 */
export function nearest(typed: string, known: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  const limit = Math.min(2, Math.floor((word.length - 1) / 2));
  let best: string[] = [];
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(word, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [[candidate], distance];
    else if (distance === bestDistance) best.push(candidate);
  }
  if (best.length === 1) return best[0];
  if (best.length > 1 || word.length < 3) return undefined;
  const begun = known.filter((candidate) => candidate.toLowerCase().startsWith(word));
  return begun.length === 1 ? begun[0] : undefined;
}

/**
 * The fewest insertions, deletions, substitutions and swaps of two neighbouring letters from one word to
 * the other (optimal string alignment): "lsit" is one swap from "list", as a typist makes it.
 */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] as number;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let distance = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = distance;
    }
  return at(a.length, b.length);
}
