import {
  assertKnownCharacteristics,
  ConflictError,
  mayCreate,
  mayRecordHistory,
  STANDARD_INPUT,
} from '@eqia/core';
import { assessmentFromRecord, parsePlainRecord } from '@eqia/core/exchange';
import { storedTold } from '../language/stored-errors.js';
import { viewOf } from './command-runner.js';
import { type ClientContext, callingUser } from './context.js';
import type { AssessmentView } from './results.js';
import { newAssessmentId, startLog } from './revisions.js';

/**
 * Imports a plain assessment record written outside eqia (no log, no hash chain): validated, checked
 * against the profile's characteristics, and recorded as the first event of a new log, with its
 * provenance. A historical record keeps the sign-off it had outside eqia, marked as such, and starts
 * signed off (or published) as it stood there; it does not pass through eqia's approval chain.
 * `source` is recorded as given: `STANDARD_INPUT` (`-`) for a record read from standard input.
 */
export async function importRecord(
  context: ClientContext,
  json: string,
  { source, historical = false }: { source: string; historical?: boolean },
): Promise<AssessmentView> {
  const profile = await context.profile();
  const user = callingUser(context, profile);
  const refusal = historical ? mayRecordHistory(user) : mayCreate(user);
  if (refusal) throw refusal;
  // Recorded as given (standard input as its token, `-`), named in messages in the client's language.
  const named = source === STANDARD_INPUT ? context.language.errors(profile).standardInput : source;
  const what = `The assessment record ${named}`;
  const record = parsePlainRecord(json, what);
  assertKnownCharacteristics(record, profile, what);
  const id = record.id ?? (await newAssessmentId(context, record.policy.title));
  const existing = await context.store.read(id);
  if (existing) {
    const { message, options } = storedTold('recordInStore', { id });
    throw new ConflictError(message, 0, existing.events.length, options);
  }
  const assessment = assessmentFromRecord(record, {
    id,
    by: user.id,
    at: context.clock().toISOString(),
    source,
    named,
    historical,
    approvalChain: profile.approvalChain,
  });
  return viewOf(context, await startLog(context, profile, assessment));
}
