import { type AssessmentEvent, canonicalJson, verifyChain } from '@eqia/core';
import { readAssessment } from './command-runner.js';
import type { ClientContext } from './context.js';
import type { VerifyResult } from './types.js';

/**
 * Checks one assessment's record: the hash chain over its log (the first edited, removed or reordered
 * entry), then that the stored snapshot is exactly what the log replays to (a snapshot changed behind
 * the log's back). `index` is 0-based; a snapshot mismatch points just past the last entry.
 */
export async function verifyAssessment(context: ClientContext, id: string): Promise<VerifyResult> {
  const { events, snapshot } = await readAssessment(context, id);
  const chain = verifyChain(events);
  if (!chain.ok) return chain;
  let replayed: ReturnType<ClientContext['replay']['replay']>;
  try {
    replayed = context.replay.replay(events.map((entry) => entry.event as AssessmentEvent));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, index: events.length - 1, reason: `the log does not replay: ${reason}` };
  }
  const stored = canonicalJson({ status: snapshot.status, assessment: snapshot.assessment });
  const expected = canonicalJson({ status: replayed.status, assessment: replayed.assessment });
  if (stored !== expected) {
    return {
      ok: false,
      index: events.length,
      reason: 'the stored snapshot differs from what the log replays to: it was changed outside the log',
    };
  }
  return { ok: true, entries: events.length };
}
