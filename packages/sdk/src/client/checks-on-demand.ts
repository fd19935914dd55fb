import type * as Checks from '@eqia/core/checks';

// Core's due-regard checks (the rules: most of core's code) load when a client is created, not with
// the page: a bundler splitting at this import leaves them out of what a page loads at once
// (docs/performance.md, the browser page). Every client is made by `createContext`, which awaits
// `loadChecks` before it answers, so the synchronous paths after it (the lifecycle's guard, a view's
// findings, a session's digest) find them loaded.
let loaded: typeof Checks | undefined;

export async function loadChecks(): Promise<typeof Checks> {
  loaded ??= await import('@eqia/core/checks');
  return loaded;
}

/** The checks, which a client has loaded before anything of it can reach here. */
export function loadedChecks(): typeof Checks {
  if (loaded === undefined) throw new Error('eqia: the checks were used before a client loaded them.');
  return loaded;
}
