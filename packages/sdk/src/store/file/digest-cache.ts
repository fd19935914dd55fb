import { type AssessmentDigest, digestAssessment, type Profile } from '@eqia/core';
import { type AssessmentDocument, isRecord } from './formats.js';
import type { StoreLayout } from './layout.js';
import { type CachedLine, lineCache } from './line-cache.js';
import type { HeldLock } from './store-lock.js';

/*
 * The digest cache, `digests.jsonl`: a line cache (line-cache.ts) of each assessment's digest (core's
 * AssessmentDigest, a few kilobytes: what the annual report and whole-store checks read), so those read
 * a fiftieth of what the snapshot cache holds. A digest line is written only when the client sent one.
 */
const digests = lineCache<AssessmentDigest>({
  path: (layout) => layout.digests,
  field: 'digest',
  accepts: (value): value is AssessmentDigest =>
    isRecord(value) &&
    Number.isInteger(value.digestVersion) &&
    isRecord(value.annual) &&
    isRecord(value.checks),
});

export const readDigestCache = (layout: StoreLayout): Promise<Map<string, CachedLine<AssessmentDigest>>> =>
  digests.read(layout);

/** Add one save's digest, if the append carries one; returns whether the cache is now due for compaction. */
export async function appendDigest(
  layout: StoreLayout,
  { id, version, digest }: { id: string; version: number; digest: AssessmentDigest | undefined },
  lock: HeldLock,
): Promise<boolean> {
  // Without one, the older line (of an older version) is simply not used: readers fall back.
  return digest ? digests.append(layout, { id, version, value: digest }, lock) : false;
}

export const compactDigestCache = (layout: StoreLayout, lock: HeldLock) => digests.compact(layout, lock);

/** Digest every assessment file under the store's profile (init of a store made before digests). */
export const rebuildDigestCache = (
  layout: StoreLayout,
  lock: HeldLock,
  profile: Profile,
  readAssessment: (id: string) => Promise<AssessmentDocument | undefined>,
) =>
  digests.rebuild(layout, lock, readAssessment, (stored) =>
    digestAssessment(stored.snapshot.assessment, profile),
  );
