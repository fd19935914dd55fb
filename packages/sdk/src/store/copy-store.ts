import {
  type AssessmentSummary,
  ConflictError,
  canonicalJson,
  englishRecordWords,
  type Locale,
  type RecordedEvent,
  type RecordWords,
  recordWording,
  StoreCorruptError,
  TamperedError,
  type Told,
  verifyChain,
} from '@eqia/core';
import { digestAssessment } from '@eqia/core/checks';
import { foldObjectiveLog } from '@eqia/core/objectives';
import { digestLanguagesFor } from '../client/check-languages.js';
import { type CopyErrorWords, englishCopyErrors } from '../language/copy-errors.js';
import { errorIn } from '../language/error-in.js';
import { withCurrentSnapshot } from './current-snapshot.js';
import type { AssessmentStore, StoredAssessment, StoredObjective } from './port.js';

/**
 * What a chain check says about one assessment's log: core's `verifyChain` tells its reason as data too
 * (`told`), so that it is said in the copy's language.
 */
export type ChainVerdict = { ok: true } | { ok: false; index: number; reason: string; told?: Told };

/** The copy's words, and core's for where a chain breaks, in its language. */
type Words = CopyErrorWords & { records: RecordWords; locale?: Locale };

export interface CopyOptions {
  /** Checks each assessment's hash chain. Defaults to core's `verifyChain`. */
  verify?: (events: readonly RecordedEvent[]) => ChainVerdict | Promise<ChainVerdict>;
  /** Called after each assessment is copied, for progress output. */
  onCopied?: (summary: AssessmentSummary, done: number, total: number) => void;
  /** The language of its errors: `'en'` (the default) or `'cy'`. Their codes are the same in both. */
  locale?: Locale;
}

export interface CopyReport {
  assessments: number;
  events: number;
  objectives: number;
  /** Imports of equality data (workforce, caseload, baselines, pay gaps), copied in order. */
  equalityData: number;
  profileCopied: boolean;
}

/**
 * Copy a whole store into an empty one (SQLite into PostgreSQL, say, or the old file layout into SQLite): every assessment's events,
 * snapshot and summary, every objective's log, every import of equality data, and the profile. Every hash chain is verified before anything is written, and
 * each copy is read back and verified again. A target that already holds assessments, or a different
 * profile, is refused with a ConflictError and left untouched.
 */
export async function copyStore(
  from: AssessmentStore,
  to: AssessmentStore,
  options: CopyOptions = {},
): Promise<CopyReport> {
  const verify = options.verify ?? verifyChain;
  // Welsh is loaded only when asked for, as the client loads it.
  const words: Words =
    options.locale === 'cy'
      ? {
          ...(await import('../language/cy-copy-errors.js')).welshCopyErrors,
          records: (await import('@eqia/core/cy')).welshMessages.records,
          locale: 'cy',
        }
      : { ...englishCopyErrors, records: englishRecordWords };
  const summaries = await from.list();
  const profile = await from.readProfile();
  await refuseNonEmpty(to, profile, words);

  // First pass: a broken chain anywhere stops the copy before the target is touched.
  for (const { id } of summaries) await readVerified(from, id, verify, words);
  const objectives = await readObjectivesVerified(from, words);
  const equalityData = await from.listEqualityData();

  await to.init(profile ? { profile } : {});
  const languages = profile && (await digestLanguagesFor(profile));
  let events = 0;
  for (const [done, { id }] of summaries.entries()) {
    // The copy holds the snapshot at this release's version (the log, the record, is copied as it is).
    const stored = withCurrentSnapshot(await readVerified(from, id, verify, words), from.location);
    // The digest is made under the profile copied with it, as the client would on a save.
    const digest = profile && languages && digestAssessment(stored.snapshot.assessment, profile, languages);
    await to.append({ id, expectedVersion: 0, ...stored, ...(digest && { digest }) });
    const copy = await readVerified(to, id, verify, words);
    if (copy.events.at(-1)?.hash !== stored.events.at(-1)?.hash)
      throw new StoreCorruptError(
        words.notFaithful({ id, to: to.location, from: from.location }),
        to.location,
      );
    events += stored.events.length;
    options.onCopied?.(stored.summary, done + 1, summaries.length);
  }
  for (const stored of objectives) {
    await to.appendObjective({ id: stored.summary.id, expectedVersion: 0, ...stored });
    events += stored.events.length;
  }
  for (const entry of equalityData) await to.appendEqualityData(entry);
  return {
    assessments: summaries.length,
    events,
    objectives: objectives.length,
    equalityData: equalityData.length,
    profileCopied: profile !== undefined,
  };
}

/** Every objective, each log replayed (chain and events judged again) before anything is written. */
async function readObjectivesVerified(from: AssessmentStore, words: Words): Promise<StoredObjective[]> {
  const found: StoredObjective[] = [];
  for (const { id } of await from.listObjectives()) {
    const stored = await from.readObjective(id);
    if (!stored)
      throw new StoreCorruptError(words.objectiveUnreadable({ id, store: from.location }), from.location);
    try {
      foldObjectiveLog(stored.events);
    } catch (error) {
      if (!(error instanceof TamperedError)) throw error;
      const reason = ((await errorIn(error, words.locale ?? 'en')) as Error).message;
      throw new TamperedError(words.objectiveBroken({ id, store: from.location, reason }), error.index);
    }
    found.push(stored);
  }
  return found;
}

async function refuseNonEmpty(to: AssessmentStore, profile: unknown, words: Words): Promise<void> {
  if (!(await to.exists())) return;
  const held = (await to.list()).length;
  if (held > 0) throw new ConflictError(words.targetHolds({ to: to.location, held }), 0, held);
  const existing = await to.readProfile();
  if (existing !== undefined && canonicalJson(existing) !== canonicalJson(profile ?? null))
    throw new ConflictError(words.targetProfile({ to: to.location }), 0, 0);
}

async function readVerified(
  store: AssessmentStore,
  id: string,
  verify: NonNullable<CopyOptions['verify']>,
  words: Words,
): Promise<StoredAssessment> {
  const stored = await store.read(id);
  if (!stored)
    throw new StoreCorruptError(words.assessmentUnreadable({ id, store: store.location }), store.location);
  const verdict = await verify(stored.events);
  if (!verdict.ok)
    throw new TamperedError(
      words.chainBroken({
        id,
        store: store.location,
        entry: verdict.index + 1,
        reason: verdict.told ? recordWording(words.records, verdict.told) : verdict.reason,
      }),
      verdict.index,
    );
  return stored;
}
