/**
 * A group of commands (`objectives`, `data`) whose code loads on the first call of any of them: each
 * returns a promise already, so the caller sees no difference, and a page that never calls them never
 * downloads them. `names` lists every method (the type refuses a missing or an extra one), as the
 * client's wrapper (frozen-results.ts) needs the methods as its own properties.
 */
export function loadedOnFirstCall<T extends object>(
  load: () => Promise<T>,
  names: Record<keyof T & string, true>,
): T {
  let loading: Promise<T> | undefined;
  const commands = () => {
    // A failed load (a chunk the network lost) is tried again on the next call.
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  const group: Record<string, unknown> = {};
  for (const name of Object.keys(names)) {
    group[name] = async (...args: unknown[]) =>
      ((await commands()) as Record<string, (...args: unknown[]) => Promise<unknown>>)[name]?.(...args);
  }
  return group as T;
}
