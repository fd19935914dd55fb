// The words of the errors the client throws most often, in English: the shape every language follows
// (a message missing in Welsh does not compile). Codes never change with the language; only messages do.

import {
  type AttentionWords,
  englishAttentionWords,
  englishLifecycleWords,
  englishRecordWords,
  englishRefusals,
  type RecordWords,
  type RefusalWords,
} from '@eqia/core/light';
import { englishAdminErrors } from './admin-errors.js';
import type { englishRewording } from './english-rewording.js';
import { englishStoredErrors } from './stored-errors.js';
import { englishVerifyWords } from './verify-errors.js';

export const englishErrors = {
  ...englishAdminErrors,
  /** Why core's `authorise` refuses someone (a ForbiddenError's `refusal`). */
  refusals: englishRefusals as RefusalWords,
  /** Why a lifecycle refuses an event (an INVALID_TRANSITION's `told`). */
  lifecycle: englishLifecycleWords,
  /** What core says of a record it reads: where a chain breaks, a key's standing (a result's or error's `told`). */
  records: englishRecordWords as RecordWords,
  /** What an objective needs attention for (core's `objectiveAttention`, by kind): not an error, lent alike. */
  attention: englishAttentionWords as AttentionWords,
  /** What `verify` says itself of a record that does not verify. */
  verify: englishVerifyWords,
  /** What the SDK says of what a store holds or did meanwhile (an error's `told`). */
  stored: englishStoredErrors,
  notAUser: ({ user, profile, known }: { user: string; profile: string; known: string }) =>
    `"${user}" is not a user of this profile (${profile}; users: ${known}). An admin can add them with \`eqia users add ${user} --name "…" --roles author\`.`,
  noUsers: 'none yet',
  /** How a record read from standard input (recorded as `-`) is named in a message. */
  standardInput: 'standard input',
  /** How a PostgreSQL store's location names its schema (`… (schema eqia)`): reworded in each language. */
  schemaOf: ({ schema }: { schema: string }) => `schema ${schema}`,
  noAssessment: ({ id, location }: { id: string; location: string }) =>
    `There is no assessment "${id}" in the store at ${location}: check the id (\`eqia list\` shows them).`,
  /** Why `allowed` says a command has nothing to act on. */
  noOpenComment: 'There is no open comment to resolve.',
  noActions: 'The action plan has no actions to update.',
  noObjective: ({ id, location }: { id: string; location: string }) =>
    `There is no objective "${id}" in the store at ${location}: check the id (\`eqia objectives list\` shows them).`,
  changedSinceLoaded: ({ id, told, version }: { id: string; told: string; version: number }) =>
    `Assessment ${id} changed since you loaded it: ${told}. Nothing was written. Trying the same change again would overwrite what you have not seen: reload it (it is at version ${version}), look at the changes and make yours again.`,
  onlyVersions: ({ acted, held }: { acted: number; held: number }) =>
    `you acted on version ${acted}, but the store holds only ${held === 1 ? '1 version' : `${held} versions`}`,
  changedSince: ({ acted, changes }: { acted: number; changes: string }) =>
    `you acted on version ${acted}; since then ${changes}`,
  noWelshToConfirm: ({ keys, stale }: { keys: string; stale: string }) =>
    `The assessment has no Welsh at ${keys} to confirm as still right. ${stale ? `Its Welsh out of date: ${stale}.` : 'None of its Welsh is out of date.'}`,
  nothingChanged: ({ section }: { section: string }) =>
    `The edit of "${section}" changes nothing: nothing was recorded.`,
  revisionUnderWay: ({ id, state }: { id: string; state: string }) =>
    `Revision ${id} of this assessment is already under way (${state}): continue it, or withdraw it before starting another.`,
  /** What a command blocked by findings was doing, by its event. */
  doing: { submit: 'submit', approve: 'approve' } as Readonly<Record<string, string>>,
  blocked: ({ doing, count, findings }: { doing: string; count: number; findings: string }) =>
    `Cannot ${doing} while ${count} error-level finding${count === 1 ? '' : 's'} remain${count === 1 ? 's' : ''}: ${findings}`,
};

/** The messages of the errors the client words itself, in one language (English: `englishErrors`). */
export type ClientErrorWords = typeof englishErrors;

/**
 * The client's error messages in a language other than English: its own, and the words it needs to word
 * core's English errors again (english-rewording.ts, which only such a language loads).
 */
export type ErrorWords = ClientErrorWords & typeof englishRewording;
