/**
 * What a store hands back must be shaped as eqia wrote it: a row edited by hand, or damaged, must be a
 * clear StoreCorruptError naming it, never a crash further on. These checks are by hand, not zod, so that
 * the light path (`eqia list`, `eqia due`) stays light; they look at what readers index into without
 * re-checking every rule of the schema (the client parses the profile whole: see context.ts).
 * Each returns what is wrong, in words that follow "it", or undefined when the shape is right.
 */

type Check = (value: unknown) => string | undefined;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "is missing", "is a list, not text"… */
const wrong = (value: unknown, wanted: string) => {
  if (value === undefined) return 'is missing';
  const found = value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
  return `is ${found.replace(/^a (?=[aeiou])/, 'an ')}, not ${wanted}`;
};

const text: Check = (value) => (typeof value === 'string' ? undefined : wrong(value, 'text'));
const whole: Check = (value) => (Number.isInteger(value) ? undefined : wrong(value, 'a whole number'));
const yesNo: Check = (value) => (typeof value === 'boolean' ? undefined : wrong(value, 'true or false'));
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined ? undefined : check(value);
const listOf =
  (check: Check): Check =>
  (value) => {
    if (!Array.isArray(value)) return wrong(value, 'a list');
    for (const [index, item] of value.entries()) {
      const problem = check(item);
      if (problem) return `item ${index} ${problem}`;
    }
    return undefined;
  };
const objectWith =
  (fields: Record<string, Check>): Check =>
  (value) => {
    if (!isObject(value)) return wrong(value, 'an object');
    for (const [name, check] of Object.entries(fields)) {
      const problem = check(value[name]);
      if (problem) return `field "${name}" ${problem}`;
    }
    return undefined;
  };

/** An AssessmentSummary: every field a list, a filter or `due` reads. */
export const summaryProblem: Check = objectWith({
  id: text,
  revision: whole,
  state: text,
  stage: optional(text),
  title: text,
  reference: text,
  team: text,
  owner: optional(text),
  createdBy: text,
  createdAt: text,
  updatedAt: text,
  version: whole,
  outcome: optional(text),
  screenedOut: yesNo,
  decisionDate: optional(text),
  nextReviewDate: optional(text),
  publishedAt: optional(text),
  negativeCharacteristics: listOf(text),
  openActions: listOf(objectWith({ id: text, dueDate: optional(text) })),
});

/** A PersistedSnapshot's envelope: its version, status and an assessment with its id. */
export const snapshotProblem: Check = objectWith({
  snapshotVersion: whole,
  status: objectWith({ state: text, stage: optional(text) }),
  assessment: objectWith({ id: text }),
});

/** A Profile as far as every reader needs it before the client parses it whole: its name and users. */
export const profileProblem: Check = objectWith({
  name: text,
  users: listOf(objectWith({ id: text, name: text, roles: listOf(text) })),
});

/** A digest: an object carrying its version (its parts are read by the report, which checks them). */
export const digestProblem: Check = objectWith({ digestVersion: whole });
