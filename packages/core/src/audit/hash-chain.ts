import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Told } from '../errors.js';
import { recordTold } from '../labels/record-words.js';
import type { RecordedEvent } from '../log/types.js';
import { canonicalJson } from './canonical-json.js';

/** The previous hash of the first entry of every log. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 of a text's UTF-8 bytes, as lower-case hex: the hash every chain and fingerprint is made with.
 * A host may hand in its own (Node's native one, several times faster: `nativeSha256` in
 * `@eqia/sdk/node`); it must give exactly what `sha256Hex` gives, a lone surrogate encoded as U+FFFD.
 */
export type Sha256 = (text: string) => string;

/** SHA-256 of the UTF-8 text, as lower-case hex. Pure JS, so it runs in browsers too. */
export const sha256Hex: Sha256 = (text) => bytesToHex(sha256(utf8ToBytes(text)));

/** The hash of one log entry: over the canonical JSON of its position, its event and the previous hash. */
export function hashEntry(seq: number, event: unknown, prevHash: string, hash: Sha256 = sha256Hex): string {
  return hash(canonicalJson({ seq, event, prevHash }));
}

/** The next log entry after `previous` (or the first, when there is none), linked into the chain. */
export function recordEvent<TEvent>(
  previous: RecordedEvent | undefined,
  event: TEvent,
  hash: Sha256 = sha256Hex,
): RecordedEvent<TEvent> {
  const seq = previous ? previous.seq + 1 : 1;
  const prevHash = previous ? previous.hash : GENESIS_HASH;
  return { seq, event, prevHash, hash: hashEntry(seq, event, prevHash, hash) };
}

export type ChainVerification =
  | { ok: true; entries: number }
  /**
   * `index` is the 0-based position of the first entry that does not verify; `reason` says why in
   * English, `told` as data (core's `records` area) for another language.
   */
  | { ok: false; index: number; reason: string; told: Told };

/**
 * Recomputes the chain and reports the first entry that breaks it: one whose content no longer matches its
 * hash (edited), whose position is wrong (removed, inserted or reordered) or that does not link to the
 * entry before it.
 */
export function verifyChain(entries: readonly RecordedEvent[], hash: Sha256 = sha256Hex): ChainVerification {
  let prevHash = GENESIS_HASH;
  for (const [index, entry] of entries.entries()) {
    const seq = index + 1;
    const problem = problemWith(entry, seq, prevHash, hash);
    if (problem) return { ok: false, index, reason: problem.message, told: problem.told };
    prevHash = entry.hash;
  }
  return { ok: true, entries: entries.length };
}

function problemWith(
  entry: RecordedEvent,
  position: number,
  prevHash: string,
  hash: Sha256,
): { message: string; told: Told } | undefined {
  const seq = String(position);
  if (typeof entry !== 'object' || entry === null || typeof entry.hash !== 'string')
    return recordTold('notEntry', { seq });
  if (entry.seq !== position) return recordTold('wrongSeq', { seq, says: String(entry.seq) });
  if (entry.prevHash !== prevHash) return recordTold('unlinked', { seq });
  let recomputed: string;
  try {
    recomputed = hashEntry(entry.seq, entry.event, entry.prevHash, hash);
  } catch (error) {
    return recordTold('unhashable', { seq, error: error instanceof Error ? error.message : String(error) });
  }
  if (recomputed !== entry.hash) return recordTold('edited', { seq });
  return undefined;
}
