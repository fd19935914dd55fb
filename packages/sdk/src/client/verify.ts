import {
  type AssessmentEvent,
  type ChainVerification,
  canonicalJson,
  checkReference,
  type DigestPart,
  isCurrentDigest,
  isSignedEvent,
  type LogReference,
  type PersistedSnapshot,
  type Profile,
  type RecordedEvent,
  recordWording,
  summarise,
  verifyChain,
  verifyProfileLog,
} from '@eqia/core';
import { digestAssessment } from '@eqia/core/checks';
import type { StoredAssessment } from '../store/port.js';
import { digestLanguagesFor } from './check-languages.js';
import { loggedChange, readAssessment } from './command-runner.js';
import type { ClientContext } from './context.js';
import type { ReferenceVerdict, VerifyResult } from './results.js';
import { checkSignature, failed, type SignatureCheck } from './sign-off.js';

/**
 * Checks one assessment's record: the hash chain over its log (the first edited, removed or reordered
 * entry), that the log replays, the signature of every sign-off against the key valid for its signer
 * when it was made, then that the stored snapshot is exactly what the log replays to (a snapshot
 * changed behind the log's back). `index` is 0-based; a snapshot mismatch points just past the last entry.
 */
export async function verifyAssessment(context: ClientContext, id: string): Promise<VerifyResult> {
  const stored = await readAssessment(context, id);
  const { events, snapshot } = stored;
  const profile = await context.profile();
  const words = context.language.errors(profile);
  const chain = verifyChain(events, context.sha256);
  if (!chain.ok)
    return {
      ok: false,
      index: chain.index,
      reason: recordWording(words.records, chain.told),
      signatures: [],
    };
  const replay = await replayChecking(context, profile, events);
  if ('reason' in replay)
    return { ok: false, index: events.length - 1, reason: replay.reason, signatures: [] };
  const { replayed, signatures } = replay;
  const bad = signatures.find(failed);
  if (bad) {
    const reason = words.verify.signOffBroken({
      signOff: words.signOffs[bad.type],
      by: bad.by,
      at: bad.at,
      status: words.signatureStatus[bad.status],
      reason: bad.reason,
    });
    return { ok: false, index: bad.seq - 1, reason, signatures };
  }
  const held = canonicalJson({ status: snapshot.status, assessment: snapshot.assessment });
  const expected = canonicalJson({ status: replayed.status, assessment: replayed.assessment });
  const derived =
    held === expected ? await derivedProblem(context, stored, replayed) : words.verify.snapshotDiffers;
  if (derived) return { ok: false, index: events.length, reason: derived, signatures };
  return { ok: true, entries: events.length, signatures };
}

/** The profile's change log (core's `verifyProfileLog`), a break said in the client's language. */
export async function verifyProfile(context: ClientContext): Promise<ChainVerification> {
  const profile = await context.profile();
  const verdict = verifyProfileLog(profile);
  if (verdict.ok) return verdict;
  return { ...verdict, reason: recordWording(context.language.errors(profile).records, verdict.told) };
}

/** A published copy's reference against the log as it is now (see core's checkReference). */
export async function verifyReference(
  context: ClientContext,
  reference: LogReference,
): Promise<ReferenceVerdict> {
  const { events } = await readAssessment(context, reference.assessment);
  const check = checkReference(reference, events);
  if (check.status !== 'matches') return check;
  return {
    status: 'matches',
    since: check.since.map(({ seq, event }) => loggedChange(seq, event as AssessmentEvent)),
  };
}

/**
 * What the store keeps beside the log, rebuilt from the log and compared: the summary (what list, show
 * and the filters print) and the digest (what the annual report and `check --all` read). The checks
 * part of a digest made under another profile is ignored by every reader, so only one made under the
 * current profile is compared.
 */
async function derivedProblem(
  context: ClientContext,
  { events, summary }: StoredAssessment,
  replayed: PersistedSnapshot,
): Promise<string | undefined> {
  const updatedAt = events.at(-1)?.event as AssessmentEvent | undefined;
  const expected = summarise(replayed.assessment, replayed.status, {
    version: events.length,
    updatedAt: updatedAt?.at ?? replayed.assessment.createdAt,
  });
  const words = context.language.errors(await context.profile()).verify;
  const fields = differingFields(summary, expected);
  if (fields.length) return words.summaryDiffers({ fields: fields.join(', ') });
  const { readDigests } = context.store;
  if (!readDigests) return undefined;
  const profile = await context.profile();
  const rebuilt = digestAssessment(replayed.assessment, profile, await digestLanguagesFor(profile));
  const parts: DigestPart[] = [];
  // Each part as its readers read it: a store may keep the parts apart from the digest (SQLite does).
  for (const part of ['annual', 'checks'] as const) {
    const [held] = await readDigests.call(context.store, [summary.id], part);
    const kept = held?.digest && isCurrentDigest(held.digest) ? held.digest[part] : undefined;
    if (kept === undefined) continue;
    if (part === 'checks' && held?.digest?.checks?.profileFingerprint !== rebuilt.checks.profileFingerprint)
      continue;
    if (canonicalJson(kept) !== canonicalJson(rebuilt[part])) parts.push(part);
  }
  const [one, other] = parts;
  if (one === undefined) return undefined;
  return words.digestDiffers({ parts: other === undefined ? one : words.both({ one, other }) });
}

function differingFields(held: object, expected: object): string[] {
  const keys = new Set([...Object.keys(held), ...Object.keys(expected)]);
  return [...keys]
    .filter(
      (key) =>
        canonicalJson((held as Record<string, unknown>)[key] ?? null) !==
        canonicalJson((expected as Record<string, unknown>)[key] ?? null),
    )
    .sort();
}

/** The log replayed entry by entry, each sign-off's signature checked against the version it signed. */
export async function replayChecking(
  context: ClientContext,
  profile: Profile,
  log: readonly RecordedEvent[],
): Promise<{ replayed: PersistedSnapshot; signatures: SignatureCheck[] } | { reason: string }> {
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
    const told = context.language.told(error, profile);
    const said = told instanceof Error ? told.message : String(told);
    return { reason: context.language.errors(profile).verify.notReplayed({ error: said }) };
  }
  if (!snapshot) return { reason: context.language.errors(profile).records.emptyLog };
  return { replayed: snapshot, signatures };
}
