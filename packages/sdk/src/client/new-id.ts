/**
 * A random id that sorts by creation time: the time in base 36, then 8 random base-36 characters. Uses
 * the Web Crypto random source, which both Node and browsers provide.
 */
export function sortableId(now: Date = new Date()): string {
  let tail = '';
  for (const byte of randomBytes(8)) tail += (byte % 36).toString(36);
  return `${now.getTime().toString(36).padStart(9, '0')}-${tail}`;
}

/**
 * Random bytes drawn from a pool filled 4 KB at a time: each call to the random source costs several
 * microseconds whatever its size, and every save takes an id (its command id).
 */
const pool = new Uint8Array(4096);
let used = pool.length;
function randomBytes(count: number): Uint8Array {
  if (used + count > pool.length) {
    globalThis.crypto.getRandomValues(pool);
    used = 0;
  }
  used += count;
  return pool.subarray(used - count, used);
}

/**
 * An id people can type and recognise, from the title's first words (`remote-first-hearings`), or
 * undefined when the title has no letters or digits to use.
 */
export function idFromTitle(title: string): string | undefined {
  const words = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .split(/[\s-]+/)
    .filter(Boolean);
  let id = '';
  for (const word of words) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > 40) break;
    id = next;
  }
  return id || undefined;
}

/**
 * The first of `base`, `base-2` … `base-9` not yet taken, or a fresh id when there is no base or all are
 * taken: readable ids for assessments and objectives alike.
 */
export async function firstFreeId(
  base: string | undefined,
  taken: (id: string) => Promise<boolean>,
  fresh: () => string,
): Promise<string> {
  if (!base) return fresh();
  for (let n = 1; n <= 9; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
  return fresh();
}
