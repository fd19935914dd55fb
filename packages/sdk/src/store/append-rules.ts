import {
  ConflictError,
  idRuleMessage,
  isValidId,
  ValidationError,
  type ValidationIssue,
} from '@eqia/core/light';

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
  if (!isValidId(id)) issues.push({ path: 'id', message: idRuleMessage });
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0)
    issues.push({ path: 'expectedVersion', message: 'must be a whole number, 0 to create' });
  if (events.length === 0) issues.push({ path: 'events', message: 'an append needs at least one event' });
  events.forEach((event, index) => {
    if (event.seq !== expectedVersion + index + 1)
      issues.push({ path: `events.${index}.seq`, message: `must be ${expectedVersion + index + 1}` });
  });
  if (summary.id !== id) issues.push({ path: 'summary.id', message: `must be the ${kind} id ${id}` });
  if (summary.version !== expectedVersion + events.length)
    issues.push({ path: 'summary.version', message: `must be ${expectedVersion + events.length}` });
  if (issues.length) throw new ValidationError(`The append to ${kind} ${id} is not valid:`, issues);
}

/** The ConflictError for a stale `expectedVersion`, worded the same by every adapter. */
export function versionConflict(
  id: string,
  expectedVersion: number,
  actualVersion: number,
  kind: LogKind = 'assessment',
): ConflictError {
  const found =
    actualVersion === 0 ? `the store has no such ${kind}` : `the store is at version ${actualVersion}`;
  const what = `${kind === 'assessment' ? 'Assessment' : 'Objective'} ${id}`;
  const message =
    expectedVersion === 0
      ? `${what} already exists (version ${actualVersion}): nothing was written. Choose another id, or read it and edit it instead.`
      : `${what} changed since you read it: you expected version ${expectedVersion} but ${found}. Nothing was written; read it again and retry.`;
  return new ConflictError(message, expectedVersion, actualVersion);
}
