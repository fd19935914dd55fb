import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { AudienceId, Id, Prose, RoleName, Slug, UserId } from './common.js';

export const PolicyKind = z.enum([
  'policy',
  'procedure',
  'strategy',
  'service_change',
  'restructure',
  'procurement',
  'budget',
  'project',
  'other',
]);

/** Whether the policy is new, a revision of an existing one, or an existing one assessed for the first time. */
export const PolicyNovelty = z.enum(['new', 'revised', 'existing']);

/**
 * Someone who did the assessment: a name and role as the record states them, who need not be a user.
 * The id names the member for the Welsh version of their role (`policy/assessmentTeam/member-1/role`):
 * members recorded before ids were kept have none, and their role no Welsh version, until an edit gives
 * them one (the wizard's team question does).
 */
export const TeamMember = z.object({
  id: z.optional(Id),
  name: z.string().check(z.trim(), z.minLength(1, says.personName), z.maxLength(200)),
  role: z._default(RoleName, ''),
});

/** The team or directorate that owns the policy: a text field, so a body publishing in Welsh gives it a Welsh version too. */
export const TeamName = z.string().check(z.maxLength(200));

/** Another affected group's name: a text field, so a body publishing in Welsh gives it a Welsh version too. */
export const OtherGroupLabel = z.string().check(z.trim(), z.minLength(1, says.groupName), z.maxLength(200));

/** A group the policy affects that the profile's audiences do not name (impacts may point at its id). */
export const OtherGroup = z.object({
  id: Slug,
  label: OtherGroupLabel,
  description: z._default(Prose, ''),
});

/** What is being assessed and who it affects. */
/** The policy's name: a text field, so a body publishing in Welsh gives it a Welsh version too. */
export const PolicyTitle = z.string().check(z.trim(), z.minLength(1, says.policyTitle), z.maxLength(300));

export const Policy = z.object({
  title: PolicyTitle,
  /**
   * The plain-English summary a report opens with: what the policy does, what the assessment found and
   * what will be done about it, for someone who reads nothing else.
   */
  summary: z._default(Prose, ''),
  reference: z._default(z.string().check(z.maxLength(100)), ''),
  kind: z._default(PolicyKind, 'policy'),
  novelty: z._default(PolicyNovelty, 'new'),
  team: z._default(TeamName, ''),
  owner: z.optional(UserId),
  contributors: z._default(z.array(UserId), []),
  /** The people who carried out the assessment, with their roles. */
  assessmentTeam: z._default(z.array(TeamMember), []),
  aims: z._default(Prose, ''),
  scope: z._default(Prose, ''),
  /** Audience ids from the profile: who the policy touches. */
  audiences: z._default(z.array(AudienceId), []),
  /** Affected groups beyond the profile's audiences. */
  otherGroups: z._default(z.array(OtherGroup), []),
  relatedPolicies: z._default(Prose, ''),
});

export type PolicyKind = z.infer<typeof PolicyKind>;
export type PolicyNovelty = z.infer<typeof PolicyNovelty>;
export type Policy = z.infer<typeof Policy>;
export type TeamMember = z.infer<typeof TeamMember>;
export type OtherGroup = z.infer<typeof OtherGroup>;
