import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { AudienceId, CharacteristicId, Id, IsoDate, Prose, Slug } from './common.js';

/** Who was engaged, as the record names them: a text field, so a body publishing in Welsh gives it a Welsh version too. */
export const EngagedWho = z.string().check(z.trim(), z.minLength(1, says.engagedWho), z.maxLength(300));
/** How they were engaged (a survey, a workshop…): a text field too. */
export const EngagementMethod = z.string().check(z.maxLength(300));

/** Who was engaged, how, what they said and what changed as a result (Gunning, Bracking). */
export const Engagement = z.object({
  id: Id,
  /** A stakeholder group id from the profile, when the engagement was with one. */
  stakeholder: z.optional(Slug),
  who: EngagedWho,
  /** The audience (or other affected group) the people engaged belong to: staff, service users… */
  audience: z.optional(AudienceId),
  date: z.optional(IsoDate),
  method: z._default(EngagementMethod, ''),
  characteristics: z._default(z.array(CharacteristicId), []),
  whatTheySaid: z._default(Prose, ''),
  whatChanged: z._default(Prose, ''),
});

export type Engagement = z.infer<typeof Engagement>;
