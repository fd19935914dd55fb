import * as z from 'zod/mini';
import { canonicalJson } from '../audit/canonical-json.js';
import { verifyChain } from '../audit/hash-chain.js';
import { signingKeyIds } from '../audit/sign-off.js';
import { TamperedError, UnsupportedVersionError, ValidationError } from '../errors.js';
import { recordTold } from '../labels/record-words.js';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { AssessmentEvent } from '../lifecycle/events.js';
import { createLifecycle } from '../lifecycle/lifecycle.js';
import { type LifecycleStatus, lifecycleStates } from '../lifecycle/state.js';
import { Assessment } from '../schema/assessment.js';
import { Slug } from '../schema/common.js';
import { SigningKey } from '../schema/profile.js';
import { parseJson } from '../text/json-text.js';
import { parseWith } from '../validation.js';
import type { PersistedSnapshot, RecordedEvent } from './types.js';

export const EXPORT_FORMAT = 'eqia.assessment';
/** Version 2 carries the public keys its sign-offs were signed with; version 1 is still read. */
export const EXPORT_FORMAT_VERSION = 2;
const READABLE_VERSIONS = [1, EXPORT_FORMAT_VERSION];

/**
 * One assessment with its whole log, as a single JSON document: what `eqia export` writes and other tools
 * read. The log carries its hash chain, so a reader can check that nothing was changed on the way, and the
 * public keys of its signed sign-offs, so another store can check the signatures.
 */
export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  status: LifecycleStatus;
  assessment: Assessment;
  events: RecordedEvent<AssessmentEvent>[];
  signingKeys: SigningKey[];
}

const ExportShape = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.union(READABLE_VERSIONS.map((version) => z.literal(version))),
  status: z.object({ state: z.enum(lifecycleStates), stage: z.optional(Slug) }),
  assessment: Assessment,
  events: z
    .array(
      z.object({
        seq: z.number().check(z.int(), z.minimum(1)),
        event: AssessmentEvent,
        prevHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
        hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
      }),
    )
    .check(z.minLength(1, says.exportEvents)),
  signingKeys: z._default(z.array(SigningKey), []),
});

/** The document for an assessment and its log; `keys` are the profile's, of which it carries those its sign-offs used. */
export function toExportDocument(
  snapshot: Pick<PersistedSnapshot, 'status' | 'assessment'>,
  events: readonly RecordedEvent[],
  keys: readonly SigningKey[] = [],
): ExportDocument {
  const used = signingKeyIds(events);
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    status: snapshot.status,
    assessment: snapshot.assessment,
    events: events as RecordedEvent<AssessmentEvent>[],
    // Which of this store's assessments a key came with is this store's business, not the reader's.
    signingKeys: keys.filter((key) => used.has(key.id)).map(({ importedWith: _importedWith, ...key }) => key),
  };
}

/** Canonical JSON of the document: the same assessment and log always give the same bytes. */
export const serializeExport = (document: ExportDocument): string => canonicalJson(document);

/**
 * Reads an export: valid JSON of the right format and version, every event valid, the hash chain intact
 * and the assessment equal to what its log replays to. Throws ValidationError, UnsupportedVersionError or
 * TamperedError (with the index of the first bad entry) otherwise.
 */
export function parseExportDocument(json: string): ExportDocument {
  const raw = parseJson(json, 'The export');
  const header = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (header.format !== EXPORT_FORMAT) {
    const { message, told } = recordTold('notExport', {
      format: String(JSON.stringify(header.format)),
      expected: EXPORT_FORMAT,
    });
    throw new ValidationError(message, [], { told });
  }
  if (!READABLE_VERSIONS.includes(header.formatVersion as number)) {
    const newer = typeof header.formatVersion === 'number' && header.formatVersion > EXPORT_FORMAT_VERSION;
    const { message, told } = recordTold(newer ? 'exportNewer' : 'exportVersion', {
      version: String(JSON.stringify(header.formatVersion)),
      earlier: READABLE_VERSIONS.slice(0, -1).join(', '),
      last: String(EXPORT_FORMAT_VERSION),
    });
    throw new UnsupportedVersionError(message, header.formatVersion, READABLE_VERSIONS, { told });
  }
  const parsed = parseWith(ExportShape, raw, 'The export');
  // The chain is checked on the events exactly as written: parsing may fill defaults, hashing must not see them.
  const rawEvents = (header.events as RecordedEvent[]) ?? [];
  const chain = verifyChain(rawEvents);
  if (!chain.ok) {
    const { message, told } = recordTold('exportChain', { index: String(chain.index) }, chain.told);
    throw new TamperedError(message, chain.index, { told });
  }
  const replayed = createLifecycle().replay(parsed.events.map((entry) => entry.event));
  const same =
    canonicalJson(replayed.assessment) === canonicalJson(parsed.assessment) &&
    canonicalJson(replayed.status) === canonicalJson(parsed.status);
  if (!same) {
    const { message, told } = recordTold('exportDiffers');
    throw new TamperedError(message, rawEvents.length, { told });
  }
  return {
    ...parsed,
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    events: rawEvents as RecordedEvent<AssessmentEvent>[],
  };
}
