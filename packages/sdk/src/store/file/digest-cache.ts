import type { AssessmentDigest, DigestPart, Profile } from '@eqia/core';
import type { ReadDigest } from '../port.js';
import { type AssessmentDocument, isRecord } from './formats.js';
import type { StoreLayout } from './layout.js';
import { type CachedLine, forEachAssessment, lineCache } from './line-cache.js';
import type { HeldLock } from './store-lock.js';

/*
 * The digest caches: line caches (line-cache.ts) of each assessment's digest (core's AssessmentDigest),
 * one file per part, `digests-annual.jsonl` (what the annual report reads) and `digests-checks.jsonl`
 * (what whole-store checks read), each line `{"id","version","digest":{"digestVersion",<part>}}`. Apart,
 * because at ten thousand assessments parsing is most of the cost, and each query needs only its part.
 * A digest line is written only when the client sent one.
 */
const parts = ['annual', 'checks'] as const satisfies readonly DigestPart[];

const caches = Object.fromEntries(
  parts.map((part) => [
    part,
    lineCache<ReadDigest>({
      path: (layout) => layout.digests[part],
      field: 'digest',
      accepts: (value): value is ReadDigest =>
        isRecord(value) && Number.isInteger(value.digestVersion) && isRecord(value[part]),
    }),
  ]),
) as Record<DigestPart, ReturnType<typeof lineCache<ReadDigest>>>;

const partOf = (digest: AssessmentDigest, part: DigestPart): ReadDigest => ({
  digestVersion: digest.digestVersion,
  [part]: digest[part],
});

/**
 * Every usable line, last per id: of one part, or of both (joined where both lines are of the same
 * version; a line of one part alone is not a digest).
 */
export async function readDigestCache(
  layout: StoreLayout,
  part?: DigestPart,
): Promise<Map<string, CachedLine<ReadDigest>>> {
  if (part) return caches[part].read(layout);
  const [annual, checks] = await Promise.all(parts.map((each) => caches[each].read(layout)));
  const joined = new Map<string, CachedLine<ReadDigest>>();
  for (const [id, line] of annual ?? []) {
    const other = checks?.get(id);
    if (other?.version === line.version)
      joined.set(id, { version: line.version, value: { ...line.value, ...other.value } });
  }
  return joined;
}

/** A save's line for each part, when the append carries a digest (none otherwise). */
export function digestLines(id: string, version: number, digest: AssessmentDigest | undefined): string[] {
  // Without one, the older lines (of an older version) are simply not used: readers fall back.
  if (!digest) return [];
  return parts.map((part) => caches[part].line(id, version, JSON.stringify(partOf(digest, part))));
}

/** Add one save's digest lines (digestLines); returns whether a cache is now due for compaction. */
export async function appendDigest(layout: StoreLayout, lines: string[], lock: HeldLock): Promise<boolean> {
  let grown = false;
  for (const [index, line] of lines.entries())
    grown = (await caches[parts[index] as DigestPart].append(layout, line, lock)) || grown;
  return grown;
}

export async function compactDigestCache(layout: StoreLayout, lock: HeldLock): Promise<void> {
  for (const part of parts) await caches[part].compact(layout, lock);
}

/** Whether a part's file is missing (a store made before digests): init then builds them. */
export const digestCachePaths = (layout: StoreLayout): string[] => parts.map((part) => layout.digests[part]);

/** Digest every assessment file under the store's profile, once, into both parts' files. */
export async function rebuildDigestCache(
  layout: StoreLayout,
  lock: HeldLock,
  profile: Profile,
  readAssessment: (id: string) => Promise<AssessmentDocument | undefined>,
): Promise<void> {
  const entries = {
    annual: [] as [string, CachedLine<ReadDigest>][],
    checks: [] as [string, CachedLine<ReadDigest>][],
  };
  // Loaded here, not at the top: the file store is also the light read path (`eqia list`), which must not
  // build core's schemas; only `init` on a store made before digests gets here.
  const { digestAssessment } = await import('@eqia/core');
  await forEachAssessment(layout, readAssessment, (stored) => {
    const digest = digestAssessment(stored.snapshot.assessment, profile);
    for (const part of parts)
      entries[part].push([stored.id, { version: stored.summary.version, value: partOf(digest, part) }]);
  });
  for (const part of parts) await caches[part].write(layout, entries[part], lock);
}
