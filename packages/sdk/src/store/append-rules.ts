import {
  ConflictError,
  idRuleMessage,
  isValidId,
  recordTold,
  type Told,
  ValidationError,
  type ValidationIssue,
} from '@eqia/core/light';
import { storedTold } from '../language/stored-errors.js';

/** What every append carries, to an assessment's log or an objective's. */
interface LogAppend {
  id: string;
  expectedVersion: number;
  events: readonly { seq: number }[];
  summary: { id: string; version: number };
}

/** What a log belongs to, as messages name it. */
export type LogKind = 'assessment' | 'objective';

/**
 * The rules every adapter enforces on an append before touching storage, so that no adapter can be
 * handed a log that does not line up: ids agree, entries are numbered on from `expectedVersion`, and the
 * summary counts them. Throws a ValidationError naming each broken rule.
 */
export function checkAppendRequest(request: LogAppend, kind: LogKind = 'assessment'): void {
  const issues: ValidationIssue[] = [];
  const { id, expectedVersion, events, summary } = request;
  // Each issue told as data too (core's `records` area), so a client words it in its user's language.
  const issue = (path: string, { message, told }: { message: string; told: Told }) =>
    issues.push({ path, message, told });
  if (!isValidId(id)) issues.push({ path: 'id', message: idRuleMessage });
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0)
    issue('expectedVersion', recordTold('appendVersion'));
  if (events.length === 0) issue('events', recordTold('appendEvents'));
  events.forEach((event, index) => {
    if (event.seq !== expectedVersion + index + 1)
      issue(`events.${index}.seq`, recordTold('appendMust', { value: String(expectedVersion + index + 1) }));
  });
  if (summary.id !== id) issue('summary.id', recordTold('appendSummaryId', { kind, id }));
  if (summary.version !== expectedVersion + events.length)
    issue('summary.version', recordTold('appendMust', { value: String(expectedVersion + events.length) }));
  if (issues.length) {
    const { message, told } = recordTold('appendInvalid', { kind, id });
    throw new ValidationError(message, issues, { told });
  }
}

/** The ConflictError for a stale `expectedVersion`, worded the same by every adapter. */
export function versionConflict(
  id: string,
  expectedVersion: number,
  actualVersion: number,
  kind: LogKind = 'assessment',
): ConflictError {
  const values = { kind, id, expected: String(expectedVersion), actual: String(actualVersion) };
  const { message, options } =
    expectedVersion === 0
      ? storedTold('alreadyExists', { kind, id, version: values.actual })
      : actualVersion === 0
        ? storedTold('changedSinceRead', values)
        : storedTold('changedSinceReadAt', values);
  return new ConflictError(message, expectedVersion, actualVersion, options);
}
