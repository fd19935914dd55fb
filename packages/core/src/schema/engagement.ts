import * as z from 'zod';
import { AudienceId, CharacteristicId, Id, IsoDate, Prose, Slug } from './common.js';

/** Who was engaged, how, what they said and what changed as a result (Gunning, Bracking). */
export const Engagement = z.object({
  id: Id,
  /** A stakeholder group id from the profile, when the engagement was with one. */
  stakeholder: Slug.optional(),
  who: z.string().trim().min(1, 'say who was engaged').max(300),
  /** The audience (or other affected group) the people engaged belong to: staff, service users… */
  audience: AudienceId.optional(),
  date: IsoDate.optional(),
  method: z.string().max(300).default(''),
  characteristics: z.array(CharacteristicId).default([]),
  whatTheySaid: Prose.default(''),
  whatChanged: Prose.default(''),
});

export type Engagement = z.infer<typeof Engagement>;
