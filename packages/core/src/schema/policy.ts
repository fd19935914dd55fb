import * as z from 'zod';
import { AudienceId, Prose, Slug, UserId } from './common.js';

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

/** Someone who did the assessment: a name and role as the record states them, who need not be a user. */
export const TeamMember = z.object({
  name: z.string().trim().min(1, 'give the person’s name').max(200),
  role: z.string().max(200).default(''),
});

/** A group the policy affects that the profile's audiences do not name (impacts may point at its id). */
export const OtherGroup = z.object({
  id: Slug,
  label: z.string().trim().min(1, 'name the group').max(200),
  description: Prose.default(''),
});

/** What is being assessed and who it affects. */
export const Policy = z.object({
  title: z.string().trim().min(1, 'give the policy a title').max(300),
  /**
   * The plain-English summary a report opens with: what the policy does, what the assessment found and
   * what will be done about it, for someone who reads nothing else.
   */
  summary: Prose.default(''),
  reference: z.string().max(100).default(''),
  kind: PolicyKind.default('policy'),
  novelty: PolicyNovelty.default('new'),
  team: z.string().max(200).default(''),
  owner: UserId.optional(),
  contributors: z.array(UserId).default([]),
  /** The people who carried out the assessment, with their roles. */
  assessmentTeam: z.array(TeamMember).default([]),
  aims: Prose.default(''),
  scope: Prose.default(''),
  /** Audience ids from the profile: who the policy touches. */
  audiences: z.array(AudienceId).default([]),
  /** Affected groups beyond the profile's audiences. */
  otherGroups: z.array(OtherGroup).default([]),
  relatedPolicies: Prose.default(''),
});

export type PolicyKind = z.infer<typeof PolicyKind>;
export type PolicyNovelty = z.infer<typeof PolicyNovelty>;
export type Policy = z.infer<typeof Policy>;
export type TeamMember = z.infer<typeof TeamMember>;
export type OtherGroup = z.infer<typeof OtherGroup>;
