import { isCurrentDigest, profileFingerprint } from '@eqia/core';
import { digestAssessment } from '@eqia/core/checks';
import type { CallOptions } from '../store/cancellation.js';
import type { ReadDigest, RemadeDigest } from '../store/port.js';
import { digestLanguagesFor } from './check-languages.js';
import type { ClientContext } from './context.js';
import { readSnapshotsOf } from './queries.js';

/** What a refresh tells as it goes, and is stopped by (`signal`: what it kept so far stays kept). */
export interface RefreshOptions extends CallOptions {
  /** After each batch: how many of the stale digests have been made again so far, of how many. */
  onProgress?(progress: { done: number; of: number }): void;
}

/** What a refresh found and did. */
export interface DigestsRefreshed {
  /** The assessments whose kept digest was stale. */
  stale: number;
  /** How many of them it kept a new digest for: the rest were saved meanwhile, with their own. */
  refreshed: number;
}

/** How many snapshots are read, digested and kept at a time: each batch is one write transaction. */
const REFRESH_BATCH = 200;
/** How many checks parts are read at a time to find the stale ones (only their fingerprints are looked at). */
const STALE_BATCH = 1000;

/**
 * Makes again, from its snapshot, the digest of every assessment whose kept one is stale: missing, of
 * another digest format (an older eqia's), or with checks judged under another profile than the store's
 * now. Until then `check --all` and the annual report read each such assessment whole. Each batch is
 * kept as it is made, so an interrupted refresh keeps what it did, and running it again does the rest.
 * An assessment saved meanwhile keeps the digest its own save wrote.
 */
export async function refreshDigests(
  context: ClientContext,
  { onProgress, signal }: RefreshOptions = {},
): Promise<DigestsRefreshed> {
  const profile = await context.profile();
  const fingerprint = profileFingerprint(profile);
  const languages = await digestLanguagesFor(profile);
  const stale = await staleIds(context, fingerprint);
  let refreshed = 0;
  for (let start = 0; start < stale.length; start += REFRESH_BATCH) {
    const snapshots = await readSnapshotsOf(context, stale.slice(start, start + REFRESH_BATCH));
    const remade = Array.from(
      snapshots.values(),
      ({ summary, snapshot }): RemadeDigest => ({
        summary,
        digest: digestAssessment(snapshot.assessment, profile, languages, fingerprint),
      }),
    );
    refreshed += await context.store.keepDigests(remade);
    onProgress?.({ done: Math.min(start + REFRESH_BATCH, stale.length), of: stale.length });
    // A store that answers at once (SQLite) never lets the event loop run: the signal's event (Ctrl+C,
    // a button) is heard between batches only if the loop gets a turn.
    if (signal) await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { stale: stale.length, refreshed };
}

/**
 * The ids of the assessments whose kept digest a reader would pass over. Read as a whole-store check
 * reads, without the summaries, where the store can (readChecks: one saved during the walk has a
 * current digest from its save, so leaving it out is right).
 */
async function staleIds(context: ClientContext, fingerprint: string): Promise<string[]> {
  const { store } = context;
  const current = (digest: ReadDigest | undefined) =>
    isCurrentDigest(digest) && digest.checks?.profileFingerprint === fingerprint;
  if (store.readChecks) {
    const stale: string[] = [];
    for await (const batch of store.readChecks(STALE_BATCH))
      for (const { id, digest } of batch) if (!current(digest)) stale.push(id);
    return stale;
  }
  if (!store.readDigests) return (await store.list()).map((summary) => summary.id);
  const found = await store.readDigests(undefined, 'checks');
  return found.flatMap(({ summary, digest }) => (current(digest) ? [] : [summary.id]));
}
