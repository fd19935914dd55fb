/**
 * Freezes what `JSON.parse` made, all the way down, and returns it. The client freezes each result at
 * its edge (core's `deepFreeze`), which reads every property through its descriptor so as never to call
 * an accessor; that was a third of a filtered list's time in the client (3,637 summaries). What
 * `JSON.parse` makes has no accessors, so here each value is read directly, several times faster, and
 * the client's freeze then stops at each summary, already frozen.
 */
export function frozenJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  Object.freeze(value);
  if (Array.isArray(value)) for (const item of value) frozenJson(item);
  else for (const key in value) frozenJson(value[key]);
  return value;
}
