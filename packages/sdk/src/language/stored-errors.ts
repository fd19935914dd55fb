import { type Told, wordOf } from '@eqia/core/light';

// What the SDK says of what a store holds or did meanwhile (a document that does not match the schema,
// a profile changed under a command), in English: the shape the Welsh follows (cy-stored-errors.ts).
// `issues` is the list of what is wrong, one a line, worded again with the schema's issues.

const restore = 'nothing was changed. Restore the store from your latest backup. What is wrong:';

export const englishStoredErrors = {
  profileInvalid: ({ location, issues }: { location: string; issues: string }) =>
    `The profile in the eqia store ${location} does not match the schema, so eqia cannot act on it; ${restore}\n${issues}`,
  assessmentInvalid: ({ location, id, issues }: { location: string; id: string; issues: string }) =>
    `The assessment "${id}" in the eqia store ${location} does not match the schema, so eqia cannot act on it; ${restore}\n${issues}`,
  objectiveInvalid: ({ location, id, issues }: { location: string; id: string; issues: string }) =>
    `The objective "${id}" in the eqia store ${location} does not match the schema, so eqia cannot act on it; ${restore}\n${issues}`,
  profileChanged: ({ location, id }: { location: string; id: string }) =>
    `The profile of the eqia store ${location} changed while this change to ${id} was being made: nothing was written. Make the change again: it is judged under the profile as it is now.`,
};

export type StoredErrorWords = typeof englishStoredErrors;

/** A stored error's English message and the options that carry it as data, for the error's constructor. */
export function storedTold<K extends keyof StoredErrorWords>(
  id: K,
  values: Parameters<StoredErrorWords[K]>[0],
): { message: string; options: { told: Told } } {
  const told: Told = { id, values };
  return { message: wordOf(englishStoredErrors, told) ?? id, options: { told } };
}
