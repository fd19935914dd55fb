import { type OptionsTeller, optionsTellerOf } from '@eqia/core/light';

// What the SDK says of what a store holds or did meanwhile (a document that does not match the schema,
// a profile changed under a command), in English: the shape the Welsh follows (cy-stored-errors.ts).
// `issues` is the list of what is wrong, one a line, worded again with the schema's issues.

/** What every message here of a damaged store ends with, before what is wrong. */
export const restore = 'nothing was changed. Restore the store from your latest backup. What is wrong:';

export const englishStoredErrors = {
  profileInvalid: ({ location, issues }: { location: string; issues: string }) =>
    `The profile in the eqia store ${location} does not match the schema, so eqia cannot act on it; ${restore}\n${issues}`,
  assessmentInvalid: ({ location, id, issues }: { location: string; id: string; issues: string }) =>
    `The assessment "${id}" in the eqia store ${location} does not match the schema, so eqia cannot act on it; ${restore}\n${issues}`,
  objectiveInvalid: ({ location, id, issues }: { location: string; id: string; issues: string }) =>
    `The objective "${id}" in the eqia store ${location} does not match the schema, so eqia cannot act on it; ${restore}\n${issues}`,
  profileChanged: ({ location, id }: { location: string; id: string }) =>
    `The profile of the eqia store ${location} changed while this change to ${id} was being made: nothing was written. Make the change again: it is judged under the profile as it is now.`,
  /** `kind` is `assessment` or `objective` (a store's `versionConflict`), as every message here names it. */
  alreadyExists: ({ kind, id, version }: { kind: string; id: string; version: string }) =>
    `${kindName(kind)} ${id} already exists (version ${version}): nothing was written. Choose another id, or read it and edit it instead.`,
  changedSinceRead: ({ kind, id, expected }: { kind: string; id: string; expected: string }) =>
    `${kindName(kind)} ${id} changed since you read it: you expected version ${expected} but the store has no such ${kind}. Nothing was written; read it again and retry.`,
  changedSinceReadAt: ({
    kind,
    id,
    expected,
    actual,
  }: {
    kind: string;
    id: string;
    expected: string;
    actual: string;
  }) =>
    `${kindName(kind)} ${id} changed since you read it: you expected version ${expected} but the store is at version ${actual}. Nothing was written; read it again and retry.`,
  /** An export's assessment, already in the store it is imported into. */
  exportInStore: ({ id, location, version }: { id: string; location: string; version: string }) =>
    `Assessment ${id} is already in the store at ${location} (version ${version}): nothing was imported. Export it from here instead, or import into another store.`,
  /** A plain record's id, already in the store. */
  recordInStore: ({ id }: { id: string }) =>
    `Assessment ${id} is already in the store: nothing was imported. Give the record another "id".`,
  noProfile: ({ location }: { location: string }) =>
    `The store at ${location} has no profile: run \`eqia init\` there (or call store.init({ profile })), or pass a profile to createClient.`,
};

const kindName = (kind: string) => (kind === 'objective' ? 'Objective' : 'Assessment');

export type StoredErrorWords = typeof englishStoredErrors;

/** A stored error's English message and the options that carry it as data, for the error's constructor. */
export const storedTold: OptionsTeller<StoredErrorWords> = optionsTellerOf(englishStoredErrors);
