import {
  type AssessmentSummary,
  DIGEST_VERSION,
  isRecord,
  type PeriodFacts,
  type PersistedSnapshot,
  type Profile,
  StoreCorruptError,
} from '@eqia/core/light';
import type { ReadDigest } from './port.js';

/**
 * What a store hands back must be shaped as eqia wrote it: a row edited by hand, or damaged, must be a
 * clear StoreCorruptError naming it, never a crash further on. These checks are by hand, not zod, so that
 * the light path (`eqia list`, `eqia due`) stays light; they look at what readers index into without
 * re-checking every rule of the schema (the client parses the profile whole: see context.ts).
 * Each returns what is wrong, in words that follow "it", or undefined when the shape is right.
 */

type Check = (value: unknown) => string | undefined;

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
    for (let index = 0; index < value.length; index++) {
      const problem = check(value[index]);
      if (problem) return `item ${index} ${problem}`;
    }
    return undefined;
  };
const textsByText: Check = (value) => {
  if (!isRecord(value)) return wrong(value, 'an object');
  for (const [name, found] of Object.entries(value))
    if (typeof found !== 'string') return `field "${name}" ${wrong(found, 'text')}`;
  return undefined;
};
// Plain loops over fields listed once: a list reads thousands of rows, each checked as it is read.
const objectWith = (fields: Record<string, Check>): Check => {
  const names = Object.keys(fields);
  const checks = Object.values(fields);
  return (value) => {
    if (!isRecord(value)) return wrong(value, 'an object');
    for (let index = 0; index < names.length; index++) {
      const name = names[index] as string;
      const problem = (checks[index] as Check)(value[name]);
      if (problem) return `field "${name}" ${problem}`;
    }
    return undefined;
  };
};

/** The fields a summary and a listing share, each held to the same check. */
const listedChecks = {
  id: text,
  revision: whole,
  state: text,
  stage: optional(text),
  title: text,
  reference: text,
  team: text,
  owner: optional(text),
  updatedAt: text,
  version: whole,
  outcome: optional(text),
  nextReviewDate: optional(text),
  publishedAt: optional(text),
  negativeCharacteristics: listOf(text),
};

/** An AssessmentSummary: every field a list, a filter or `due` reads. */
export const summaryProblem: Check = objectWith({
  ...listedChecks,
  createdBy: text,
  createdAt: text,
  screenedOut: yesNo,
  decisionDate: optional(text),
  openActions: listOf(objectWith({ id: text, dueDate: optional(text) })),
});

/**
 * An AssessmentListing (client/listing.ts) as a store built it from a summary (SQLite, in SQL): the fields
 * the summary's check holds it to, and the open actions' count and earliest date.
 */
export const listingProblem: Check = (value) =>
  isSoundListing(value) ? undefined : listingFieldsProblem(value);

const listingFieldsProblem = objectWith({
  ...listedChecks,
  openActionCount: whole,
  earliestActionDue: optional(text),
});

const maybeText = (value: unknown) => value === undefined || typeof value === 'string';

/**
 * `listingFieldsProblem` finds nothing wrong: the same rule, each field read by its name. A list checks
 * thousands of listings, and the field lists' reads by a key that changes (`value[name]`) were nine
 * tenths of the check. The field lists still word what is wrong; a property test holds the two alike.
 */
function isSoundListing(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { id, revision, state, stage, title, reference, team, owner, updatedAt, version } = value;
  const { outcome, nextReviewDate, publishedAt, negativeCharacteristics: characteristics } = value;
  const { openActionCount, earliestActionDue } = value;
  if (!Array.isArray(characteristics)) return false;
  for (const characteristic of characteristics) if (typeof characteristic !== 'string') return false;
  return (
    typeof id === 'string' &&
    Number.isInteger(revision) &&
    typeof state === 'string' &&
    maybeText(stage) &&
    typeof title === 'string' &&
    typeof reference === 'string' &&
    typeof team === 'string' &&
    maybeText(owner) &&
    typeof updatedAt === 'string' &&
    Number.isInteger(version) &&
    maybeText(outcome) &&
    maybeText(nextReviewDate) &&
    maybeText(publishedAt) &&
    Number.isInteger(openActionCount) &&
    maybeText(earliestActionDue)
  );
}

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

const day: Check = text;
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null ? undefined : check(value);
const anObject: Check = (value) => (isRecord(value) ? undefined : wrong(value, 'an object'));
const count = optional(whole);

/** The facts an annual report reads of one assessment (core's AnnualFacts) but its actions, field by field. */
const periodFields = {
  id: text,
  revision: whole,
  title: text,
  reference: text,
  team: text,
  createdOn: day,
  decisionDate: optional(day),
  lastApprovedOn: optional(day),
  publishedOn: optional(day),
  reaffirmedOn: listOf(day),
  withdrawnOn: optional(day),
  screening: optional(text),
  outcome: optional(text),
  nextReviewDate: optional(day),
  impacts: listOf(
    objectWith({
      characteristic: text,
      audience: text,
      group: optional(text),
      positive: count,
      negative: count,
      mixed: count,
      negativeHigh: count,
      neutral: count,
      unknown: count,
    }),
  ),
  intersectional: listOf(
    objectWith({
      members: listOf(objectWith({ characteristic: text, subgroup: text })),
      audience: text,
      group: optional(text),
      direction: text,
      severity: optional(text),
      description: text,
    }),
  ),
  disparities: listOf(anObject),
  welsh: optional(textsByText),
};

/** An assessment's annual facts (core's AnnualFacts). */
const annualProblem: Check = objectWith({
  ...periodFields,
  actions: listOf(
    objectWith({ id: text, status: text, description: text, owner: text, dueDate: optional(day) }),
  ),
});

/**
 * The due-regard checks kept at save (core's CheckFacts), with the facts of each rule that reads the
 * clock (core's checks/rules: evidence-fresh, decision-after-sign-off, review-date-set).
 */
const keptViolations = listOf(objectWith({ ruleId: text, message: text, path: text }));
const checksProblem: Check = objectWith({
  profileFingerprint: text,
  screenedOut: yesNo,
  violations: keptViolations,
  // The same again in each other language the profile publishes in: Welsh is the only other one.
  violationsIn: optional(objectWith({ cy: optional(keptViolations) })),
  clockFacts: objectWith({
    'evidence-fresh': optional(listOf(objectWith({ index: whole, title: text, census: yesNo, date: day }))),
    'decision-after-sign-off': optional(objectWith({ decided: nullable(day), signedOff: nullable(day) })),
    'review-date-set': optional(objectWith({ next: nullable(day) })),
  }),
});

const versionProblem = objectWith({ digestVersion: whole });
const partsProblem = objectWith({ annual: optional(annualProblem), checks: optional(checksProblem) });
const periodPartProblem = objectWith({ annual: objectWith(periodFields) });

/** `parts` when the digest is of the version this release reads; a digest of another is not read. */
const ofCurrentVersion =
  (parts: Check): Check =>
  (value) =>
    versionProblem(value) ??
    ((value as { digestVersion: number }).digestVersion === DIGEST_VERSION ? parts(value) : undefined);

/**
 * A digest: its version and, when this release reads that version, each part a store read of it (a part
 * may be left out). A digest of another version is not read, so only its version is checked.
 */
export const digestProblem: Check = ofCurrentVersion(partsProblem);

/** A current digest's annual part read without its actions (core's PeriodFacts), as an annual answer reads it. */
const periodDigestProblem: Check = ofCurrentVersion(periodPartProblem);

/**
 * What is wrong with a document a store read back, as the rest of a sentence that starts "The eqia
 * store … " ("holds the snapshot of "a1" that is not shaped as eqia writes it: field …"), or undefined.
 */
function misshapen(what: string, value: unknown, problemOf: Check): string | undefined {
  const problem = problemOf(value);
  if (!problem) return undefined;
  const id = (value as { id?: unknown } | null)?.id;
  const named = typeof id === 'string' ? ` (id "${id}")` : '';
  const where = problem.startsWith('is ') ? `it ${problem}` : problem;
  return `holds ${what}${named} that is not shaped as eqia writes it: ${where}`;
}

/**
 * The documents of a store's rows, checked as they are read: one not shaped as eqia writes it (edited by
 * hand, or damaged) is a StoreCorruptError naming the store and the record, what is wrong and, in
 * `remedy`, what to do. Every store reads through these, so each refuses the same rows alike.
 */
export function storedDocuments(location: string, remedy: string) {
  const checked =
    <T>(problemOf: Check) =>
    (what: string, value: unknown): T => {
      const problem = misshapen(what, value, problemOf);
      if (problem) throw new StoreCorruptError(`The eqia store ${location} ${problem}. ${remedy}`, location);
      return value as T;
    };
  const summary = checked<AssessmentSummary>(summaryProblem);
  const snapshot = checked<PersistedSnapshot>(snapshotProblem);
  const digest = checked<ReadDigest>(digestProblem);
  const profile = checked<Profile>(profileProblem);
  const periodDigest = checked<{ annual: PeriodFacts }>(periodDigestProblem);
  return {
    summary: (value: unknown) => summary('an assessment summary', value),
    snapshot: (id: string, value: unknown) => snapshot(`the snapshot of "${id}"`, value),
    digest: (id: string, value: unknown) => digest(`the digest of "${id}"`, value),
    profile: (value: unknown) => profile('the profile', value),
    periodDigest: (id: string, value: unknown) => periodDigest(`the digest of "${id}"`, value),
  };
}
