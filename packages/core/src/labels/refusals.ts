import { ForbiddenError } from '../errors.js';
import type { Role } from '../schema/profile.js';
import { englishLabels } from './english.js';

// Why `authorise` (and its twins for objectives and equality data) refuses someone, in English: the
// shape every language follows. The values are ids (users, roles, assessments), never words, so that a
// refusal can be told again in another language (`refusalIn`) without judging anything again; each
// language names the roles in its own words (`rolesNamed`).

/** What an admin alone does to the profile (`mayManageProfile`); a key's duty names its subject. */
export type ProfileDuty = 'changeProfile' | 'importAssessments' | 'registerKey' | 'revokeKey';
type KeptPlan = 'publish' | 'updateAction' | 'addMonitoringNote';
type Shared = 'comment' | 'resolveComment' | 'supersede';
type Judging = 'verdict' | 'approve' | 'requestChanges';
type Relation = 'created' | 'owns' | 'contributedTo';

/** The words a refusal fills in by what was done, in one language. */
export interface RefusalParts {
  readonly duty: Readonly<Record<ProfileDuty, string>>;
  readonly keepingPlan: Readonly<Record<KeptPlan, string>>;
  readonly sharing: Readonly<Record<Shared, string>>;
  readonly judging: Readonly<Record<Judging, string>>;
  readonly atStage: Readonly<Record<'approve' | 'requestChanges', string>>;
  readonly relation: Readonly<Record<Relation, string>>;
}

/**
 * One part by its key. A catalogue shown as templates (`messageTexts`) passes each value as its own
 * name in braces, which no part has: the template then shows that name.
 */
export const part = <K extends string>(parts: Readonly<Record<K, string>>, key: K): string =>
  Object.hasOwn(parts, key) ? parts[key] : key;

const ROLES_APART = ', ';

/** How a refusal keeps someone's roles: their ids in one text, which any language names (`rolesNamed`). */
export const rolesValue = (roles: readonly Role[]): string => roles.join(ROLES_APART);

/**
 * Roles as a sentence names them ("equality lead, viewer"): each by its label in `names`, lower-cased.
 * The values stay ids; what is not a role (a template's `{roles}`) stays as it is.
 */
export const rolesNamed = (names: Readonly<Record<Role, string>>, roles: string): string =>
  roles
    .split(ROLES_APART)
    .map((role) => (Object.hasOwn(names, role) ? names[role as Role].toLowerCase() : role))
    .join(', ');

const named = (roles: string) => rolesNamed(englishLabels.labels.role, roles);

/** A duty with its subject (the owner a key is registered for, the key revoked), when it has one. */
export const dutyOf = (parts: RefusalParts, duty: ProfileDuty, subject: string) =>
  subject ? `${part(parts.duty, duty)} ${subject}` : part(parts.duty, duty);

const parts: RefusalParts = {
  duty: {
    changeProfile: 'change the profile',
    importAssessments: 'import assessments',
    registerKey: 'register a key for',
    revokeKey: 'revoke key',
  },
  keepingPlan: {
    publish: 'publish',
    updateAction: 'update the actions of',
    addMonitoringNote: 'add monitoring notes to',
  },
  sharing: { comment: 'comment', resolveComment: 'resolve comments', supersede: 'supersede' },
  judging: { verdict: 'give verdicts on', approve: 'approve', requestChanges: 'request changes on' },
  atStage: { approve: 'approve', requestChanges: 'request changes' },
  relation: { created: 'created', owns: 'owns', contributedTo: 'contributed to' },
};

export const englishRefusals = {
  parts,
  create: ({ actor, roles }: { actor: string; roles: string }) =>
    `${actor} (${named(roles)}) may not create assessments: only authors, contributors and admins may. An admin can give them the author role.`,
  recordHistory: ({ actor }: { actor: string }) =>
    `${actor} may not import a record signed off outside eqia: only an equality lead or an admin may, as they keep the record of sign-offs. Import it without --historical as a draft, or ask them.`,
  manageProfile: ({ actor, duty, subject }: { actor: string; duty: ProfileDuty; subject: string }) =>
    `${actor} may not ${dutyOf(parts, duty, subject)}: only an admin may. Ask an admin of the profile.`,
  ownKey: ({
    actor,
    duty,
    subject,
    owner,
  }: {
    actor: string;
    duty: ProfileDuty;
    subject: string;
    owner: string;
  }) => `${actor} may not ${dutyOf(parts, duty, subject)}: only ${owner} or an admin may.`,
  notListed: ({ actor, id, author }: { actor: string; id: string; author: string }) =>
    `${actor} may not change assessment ${id}: ${actor} is not its author, owner or a listed contributor: ask ${author} to add them to policy.contributors.`,
  noWriterRole: ({ actor, id, roles }: { actor: string; id: string; roles: string }) =>
    `${actor} may not change assessment ${id}: ${actor} holds no author or contributor role (${named(roles)}).`,
  keepsPlan: ({ actor, id, doing }: { actor: string; id: string; doing: KeptPlan }) =>
    `${actor} may not ${part(parts.keepingPlan, doing)} assessment ${id}: only its author, owner or listed contributors (with the author or contributor role), an equality lead or an admin may.`,
  submitter: ({ actor, author }: { actor: string; author: string }) =>
    `${actor} may not withdraw the submission: only its author (${author}) or the policy owner may.`,
  viewer: ({ actor, doing }: { actor: string; doing: Shared }) =>
    `${actor} is a viewer and may not ${part(parts.sharing, doing)}: ask an author, reviewer or admin.`,
  verdicts: ({ actor }: { actor: string }) =>
    `${actor} may not give section verdicts: only reviewers (an equality lead, an approver or a role of the approval chain) may.`,
  reaffirm: ({ actor }: { actor: string }) =>
    `${actor} may not reaffirm the assessment: only an approver or an equality lead may.`,
  stage: ({
    actor,
    doing,
    stage,
    role,
  }: {
    actor: string;
    doing: 'approve' | 'requestChanges';
    stage: string;
    role: string;
  }) =>
    `${actor} may not ${part(parts.atStage, doing)} at the "${stage}" stage: only a user with the ${named(role)} role may.`,
  edited: ({ actor, id, doing }: { actor: string; id: string; doing: Judging }) =>
    `${actor} edited assessment ${id}, so may not ${part(parts.judging, doing)} it: someone independent of its content must.`,
  insider: ({ actor, relation, doing }: { actor: string; relation: Relation; doing: Judging }) =>
    `${actor} ${part(parts.relation, relation)} this assessment, so may not ${part(parts.judging, doing)} it: someone independent of the policy must.`,
  setUpObjective: ({ actor }: { actor: string }) =>
    `${actor} may not set up equality objectives: only an equality lead or an admin may.`,
  changeObjective: ({ actor, id, owner }: { actor: string; id: string; owner: string }) =>
    `${actor} may not change objective ${id}: only its owner (${owner}), an equality lead or an admin may.`,
  objectiveStage: ({ actor, id, stage, role }: { actor: string; id: string; stage: string; role: string }) =>
    `${actor} may not decide the "${stage}" stage of objective ${id}: it needs the ${named(role)} role.`,
  ownObjective: ({ actor, id }: { actor: string; id: string }) =>
    `${actor} may not approve objective ${id}: they set it up or own it, and nobody approves their own objective.`,
  equalityData: ({ actor }: { actor: string }) =>
    `${actor} may not record equality data: only an equality lead or an admin may.`,
};

/** Every refusal in one language, by id (a refusal missing in Welsh does not compile). */
export type RefusalWords = typeof englishRefusals;
type RefusalId = Exclude<keyof RefusalWords, 'parts'>;

/** A refusal as data: its id and its values, which any language words. */
export type Refusal = {
  [K in RefusalId]: { readonly id: K; readonly values: Parameters<RefusalWords[K]>[0] };
}[RefusalId];

const word = (refusal: Refusal, words: RefusalWords) =>
  (words[refusal.id] as (values: Refusal['values']) => string)(refusal.values);

/** A refusal as the ForbiddenError it is, worded in English; it carries itself for other languages. */
export function refuse<K extends RefusalId>(id: K, values: Parameters<RefusalWords[K]>[0]): ForbiddenError {
  const refusal = { id, values } as Refusal;
  return new ForbiddenError(word(refusal, englishRefusals), { refusal });
}

/** The same refusal in another language: the same code and refusal; anything else is returned as it was. */
export function refusalIn<E>(error: E, words: RefusalWords): E | ForbiddenError {
  if (!(error instanceof ForbiddenError) || !error.refusal || words === englishRefusals) return error;
  const { refusal } = error;
  return new ForbiddenError(word(refusal, words), { refusal, cause: error });
}
