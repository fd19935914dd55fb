import * as z from 'zod/mini';
import { IsoDate, Prose, RoleName } from './common.js';

/**
 * Who decides and when. Due regard must be paid before and at the time of the decision (Brown), so the
 * decision date is checked against sign-off.
 */
export const Decision = z.object({
  maker: z._default(z.string().check(z.maxLength(200)), ''),
  makerRole: z._default(RoleName, ''),
  date: z.optional(IsoDate),
  paperReference: z._default(z.string().check(z.maxLength(200)), ''),
  /** The decision maker was told of the duty and given the full assessment (Brown principle 1, Bracking). */
  makerBriefed: z._default(z.boolean(), false),
  /** The record says the decision had already been taken when the assessment was done. */
  alreadyTaken: z._default(z.boolean(), false),
  /** When the analysis was carried out, as the record states it (for an assessment written elsewhere). */
  assessedOn: z.optional(IsoDate),
  notes: z._default(Prose, ''),
});

export type Decision = z.infer<typeof Decision>;
