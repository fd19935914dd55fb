import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { AudienceId, CharacteristicId, Id, IsoDate, Prose, Slug } from './common.js';

/** Who was engaged, how, what they said and what changed as a result (Gunning, Bracking). */
export const Engagement = z.object({
  id: Id,
  /** A stakeholder group id from the profile, when the engagement was with one. */
  stakeholder: z.optional(Slug),
  who: z.string().check(z.trim(), z.minLength(1, says.engagedWho), z.maxLength(300)),
  /** The audience (or other affected group) the people engaged belong to: staff, service users… */
  audience: z.optional(AudienceId),
  date: z.optional(IsoDate),
  method: z._default(z.string().check(z.maxLength(300)), ''),
  characteristics: z._default(z.array(CharacteristicId), []),
  whatTheySaid: z._default(Prose, ''),
  whatChanged: z._default(Prose, ''),
});

export type Engagement = z.infer<typeof Engagement>;
