import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { CharacteristicId, Prose } from './common.js';
import { impactFields } from './impact.js';

/** One strand of an intersection, optionally narrowed to a sub-group (race=Black, age=under 18). */
export const IntersectionMember = z.object({
  characteristic: CharacteristicId,
  subgroup: z._default(z.string().check(z.maxLength(200)), ''),
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
