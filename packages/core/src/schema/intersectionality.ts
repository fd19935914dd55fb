import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { CharacteristicId, Prose } from './common.js';
import { impactFields } from './impact.js';

/** A strand's sub-group (Black; under 18): a text field, so a body publishing in Welsh gives it a Welsh version too. */
export const SubgroupName = z.string().check(z.maxLength(200));

/**
 * One strand of an intersection, optionally narrowed to a sub-group (race=Black, age=under 18). It has
 * no id: the Welsh of its sub-group is keyed by its characteristic, which names it within its impact
 * (`intersectionality/impacts/imp-int-1/members/race/subgroup`).
 */
export const IntersectionMember = z.object({
  characteristic: CharacteristicId,
  subgroup: z._default(SubgroupName, ''),
});

export const IntersectionalImpact = z.object({
  ...impactFields,
  members: z.array(IntersectionMember).check(z.minLength(2, says.intersection)),
});

export const Intersectionality = z.object({
  impacts: z._default(z.array(IntersectionalImpact), []),
  /** A reasoned statement when no intersectional impact was found. */
  noneFoundReasoning: z._default(Prose, ''),
  /** How this policy combines with related policies on the same groups. */
  cumulativeImpact: z._default(Prose, ''),
});

export type IntersectionMember = z.infer<typeof IntersectionMember>;
export type IntersectionalImpact = z.infer<typeof IntersectionalImpact>;
export type Intersectionality = z.infer<typeof Intersectionality>;
