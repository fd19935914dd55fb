import {
  type AssessmentEvent,
  canonicalJson,
  isSignedEvent,
  type PersistedSnapshot,
  type RecordedEvent,
  verifyChain,
} from '@eqia/core';
import { readAssessment } from './command-runner.js';
import type { ClientContext } from './context.js';
import { checkSignature, failed, type SignatureCheck } from './sign-off.js';
import type { VerifyResult } from './types.js';

/**
 * Checks one assessment's record: the hash chain over its log (the first edited, removed or reordered
 * entry), that the log replays, the signature of every sign-off against the key valid for its signer
 * when it was made, then that the stored snapshot is exactly what the log replays to (a snapshot
 * changed behind the log's back). `index` is 0-based; a snapshot mismatch points just past the last entry.
 */
export async function verifyAssessment(context: ClientContext, id: string): Promise<VerifyResult> {
  const { events, snapshot } = await readAssessment(context, id);
  const chain = verifyChain(events);
  if (!chain.ok) return { ...chain, signatures: [] };
  const replay = await replayChecking(context, events);
  if ('reason' in replay)
    return { ok: false, index: events.length - 1, reason: replay.reason, signatures: [] };
  const { replayed, signatures } = replay;
  const bad = signatures.find(failed);
  if (bad) {
    const reason = `the ${bad.type} by ${bad.by} at ${bad.at} is ${bad.status}: ${bad.reason}`;
    return { ok: false, index: bad.seq - 1, reason, signatures };
  }
  const stored = canonicalJson({ status: snapshot.status, assessment: snapshot.assessment });
  const expected = canonicalJson({ status: replayed.status, assessment: replayed.assessment });
  if (stored !== expected) {
    return {
      ok: false,
      index: events.length,
      reason: 'the stored snapshot differs from what the log replays to: it was changed outside the log',
      signatures,
    };
  }
  return { ok: true, entries: events.length, signatures };
}

/** The log replayed entry by entry, each sign-off's signature checked against the version it signed. */
async function replayChecking(
  context: ClientContext,
  log: readonly RecordedEvent[],
): Promise<{ replayed: PersistedSnapshot; signatures: SignatureCheck[] } | { reason: string }> {
  const profile = await context.profile();
  const signatures: SignatureCheck[] = [];
  let snapshot: PersistedSnapshot | undefined;
  try {
    for (const entry of log) {
      const event = entry.event as AssessmentEvent;
      if (snapshot && isSignedEvent(event))
        signatures.push(await checkSignature(context, profile, entry.seq, snapshot.assessment, event));
      snapshot = snapshot
        ? context.replay.apply(snapshot, event)
        : context.replay.start(event as Extract<AssessmentEvent, { type: 'create' }>);
    }
  } catch (error) {
    return { reason: `the log does not replay: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!snapshot) return { reason: 'the log is empty' };
  return { replayed: snapshot, signatures };
}
