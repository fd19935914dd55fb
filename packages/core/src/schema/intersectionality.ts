import * as z from 'zod';
import { CharacteristicId, Prose } from './common.js';
import { impactFields } from './impact.js';

/** One strand of an intersection, optionally narrowed to a sub-group (race=Black, age=under 18). */
export const IntersectionMember = z.object({
  characteristic: CharacteristicId,
  subgroup: z.string().max(200).default(''),
});

export const IntersectionalImpact = z.object({
  ...impactFields,
  members: z.array(IntersectionMember).min(2, 'an intersection combines two or more characteristics'),
});

export const Intersectionality = z.object({
  impacts: z.array(IntersectionalImpact).default([]),
  /** A reasoned statement when no intersectional impact was found. */
  noneFoundReasoning: Prose.default(''),
  /** How this policy combines with related policies on the same groups. */
  cumulativeImpact: Prose.default(''),
});

export type IntersectionMember = z.infer<typeof IntersectionMember>;
export type IntersectionalImpact = z.infer<typeof IntersectionalImpact>;
export type Intersectionality = z.infer<typeof Intersectionality>;
