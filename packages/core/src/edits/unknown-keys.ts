import { ValidationError } from '../errors.js';
import { isRecord } from '../is-record.js';
import { recordTold } from '../labels/record-words.js';
import type { AssessmentEvent } from '../lifecycle/events.js';
import type { Assessment } from '../schema/assessment.js';
import { droppedKeys, toValidationIssues } from '../validation.js';

/**
 * Refuses an edit being made whose patches set a key the section's schema has no place for, which its
 * parse dropped with the text under it (`draft.summry = …` from JavaScript, where TypeScript would have
 * caught it): `after` is the assessment the lifecycle made of the edit. Only for an edit being made: a
 * log may hold such patches from before, and replay reads them as it always did, without the key.
 */
export function refuseUnknownKeys(event: AssessmentEvent, after: Assessment): void {
  if (event.type !== 'edit') return;
  // A removal has no value; nor has a field set to undefined, which the parse may leave out.
  const issues = event.patches.flatMap(({ path, value }) => {
    if (value === undefined) return [];
    const key = path[path.length - 1] as string | number;
    const where = path.slice(0, -1);
    const parent = valueAt(after, where);
    // A key the parse dropped is not in its object at all; one it kept may have keys dropped inside.
    return isRecord(parent) && !Object.hasOwn(parent, key)
      ? droppedKeys({ [key]: value }, {}, where)
      : droppedKeys(value, valueAt(after, path), path);
  });
  if (issues.length === 0) return;
  const { message, told } = recordTold('editInvalid', { section: event.section });
  throw new ValidationError(message, toValidationIssues({ issues }), { cause: { issues }, told });
}

function valueAt(document: unknown, path: readonly (string | number)[]): unknown {
  let here = document;
  for (const key of path) here = (here as Record<string | number, unknown> | undefined)?.[key];
  return here;
}
