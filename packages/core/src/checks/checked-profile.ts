import type { Profile } from '../schema/profile.js';

/**
 * The parts of the profile the due-regard checks read, and no others: a rule's context holds only these
 * (its type refuses any other), and a digest's checks are fingerprinted by these alone
 * (`profileFingerprint`), so registering a signing key or logging a change to the profile leaves every
 * digest current. A rule that comes to read another part adds it here, and every digest goes stale once.
 */
export const checkedProfileParts = [
  'jurisdiction',
  'characteristics',
  'extraCharacteristics',
  'audiences',
  'stakeholders',
  'users',
  'approvalChain',
  'reviewIntervalMonths',
  'evidenceFreshnessMonths',
  'ruleOverrides',
  'languages',
] as const satisfies readonly (keyof Profile)[];

/** What the checks read of a profile (checkedProfileParts). */
export type CheckedProfile = Pick<Profile, (typeof checkedProfileParts)[number]>;
