import * as z from 'zod';
import { IsoDate, Prose } from './common.js';

/**
 * Who decides and when. Due regard must be paid before and at the time of the decision (Brown), so the
 * decision date is checked against sign-off.
 */
export const Decision = z.object({
  maker: z.string().max(200).default(''),
  makerRole: z.string().max(200).default(''),
  date: IsoDate.optional(),
  paperReference: z.string().max(200).default(''),
  /** The decision maker was told of the duty and given the full assessment (Brown principle 1, Bracking). */
  makerBriefed: z.boolean().default(false),
  /** The record says the decision had already been taken when the assessment was done. */
  alreadyTaken: z.boolean().default(false),
  /** When the analysis was carried out, as the record states it (for an assessment written elsewhere). */
  assessedOn: IsoDate.optional(),
  notes: Prose.default(''),
});

export type Decision = z.infer<typeof Decision>;
