import { englishFingerprint } from '../bilingual/english-fingerprint.js';
import { type Schema, walkText } from '../bilingual/text-fields.js';
import type { Frozen } from '../frozen.js';
import { Prose } from '../schema/common.js';
import {
  Milestone,
  Objective,
  ObjectiveAction,
  ObjectiveContent,
  ProgressUpdate,
  SuccessMeasure,
} from './objective.js';
import { type ObjectiveTextKey, objectiveTextParts } from './objective-text-key.js';

/** One text field of an objective: what a Welsh version is written for. */
export interface ObjectiveTextField {
  key: ObjectiveTextKey;
  /** The dotted path of the field in this objective (list items by place). */
  path: string;
  english: string;
}

/** What people write in words: free text, and the objective's own titled and described things. */
const textSchemas: ReadonlySet<Schema> = new Set<Schema>([
  Prose,
  ObjectiveContent.shape.title,
  ObjectiveContent.shape.statement,
  SuccessMeasure.shape.indicator,
  Milestone.shape.description,
  ObjectiveAction.shape.description,
  ProgressUpdate.shape.narrative,
]);

/**
 * Every text field of an objective, found by walking the schema beside it as an assessment's are (list
 * items by id; approvals, which have none, are the Board's words and have no Welsh version).
 */
export function objectiveTextFields(objective: Frozen<Objective>): ObjectiveTextField[] {
  const fields: ObjectiveTextField[] = [];
  for (const part of objectiveTextParts)
    walkText(Objective.shape[part], objective[part], textSchemas, [part], (key, path, english) =>
      fields.push({ key: key.join('/'), path: path.join('.'), english }),
    );
  return fields;
}

const isBlank = (text: string | undefined) => (text ?? '').trim() === '';

/**
 * The objective with the Welsh versions given set (an empty one removes its version), each with the
 * fingerprint of the English it was written for: `welshOf`'s when given, else the English the field has
 * now (set after the rest of the same event, so English changed beside its Welsh counts). Without Welsh
 * left, the objective has no `welsh` or `welshOf` at all.
 */
export function withObjectiveWelsh(
  objective: Objective,
  given: Readonly<Record<string, string>> = {},
  writtenFor: Readonly<Record<string, string>> = {},
): Objective {
  const { welsh: before = {}, welshOf: sourcesBefore = {}, ...rest } = objective;
  const welsh: Record<string, string> = { ...before };
  const welshOf: Record<string, string> = { ...sourcesBefore };
  const english = new Map(objectiveTextFields(objective).map((field) => [field.key, field.english]));
  for (const [key, text] of Object.entries(given)) {
    delete welshOf[key];
    if (isBlank(text)) {
      delete welsh[key];
      continue;
    }
    welsh[key] = text;
    const source = writtenFor[key] ?? fingerprintOf(english.get(key));
    if (source) welshOf[key] = source;
  }
  return {
    ...rest,
    ...(Object.keys(welsh).length > 0 && { welsh }),
    ...(Object.keys(welshOf).length > 0 && { welshOf }),
  };
}

/** A Welsh version for a field that does not exist (an item since removed) has no English to follow. */
const fingerprintOf = (english: string | undefined) =>
  english === undefined ? undefined : englishFingerprint(english);

/** The text fields with English and no Welsh version: what a body publishing in Welsh must still write. */
export function missingObjectiveWelsh(objective: Frozen<Objective>): ObjectiveTextField[] {
  return objectiveTextFields(objective).filter(
    ({ key, english }) => !isBlank(english) && isBlank(objective.welsh?.[key]),
  );
}

/**
 * The text fields whose Welsh was written for English that has changed since. Welsh with no fingerprint
 * counts as current, as an assessment's does.
 */
export function staleObjectiveWelsh(objective: Frozen<Objective>): ObjectiveTextField[] {
  const { welsh = {}, welshOf = {} } = objective;
  return objectiveTextFields(objective).filter(({ key, english }) => {
    const written = welshOf[key];
    return written !== undefined && !isBlank(welsh[key]) && written !== englishFingerprint(english);
  });
}
