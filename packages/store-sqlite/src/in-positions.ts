/**
 * Entries read in one order put into another: `at[i]` is where `entries[i]` goes among `size` places
 * (-1: it has none). Entries with no place, or sharing one, follow the placed ones as they were read,
 * so nothing is lost and the client, which confirms the order, sorts them; empty places are skipped.
 */
export function inPositions<T>(entries: readonly T[], at: readonly number[], size: number): T[] {
  const reading = new Int32Array(size).fill(-1);
  const rest: T[] = [];
  entries.forEach((entry, index) => {
    const place = at[index] ?? -1;
    if (place < 0 || place >= size || reading[place] !== -1) rest.push(entry);
    else reading[place] = index;
  });
  const placed: T[] = [];
  for (const index of reading) if (index !== -1) placed.push(entries[index] as T);
  return rest.length === 0 ? placed : [...placed, ...rest];
}
