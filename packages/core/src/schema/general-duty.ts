import * as z from 'zod/mini';
import { Prose } from './common.js';

/** A statement of how the policy pays due regard to each aim of s.149(1). */
export const GeneralDuty = z.object({
  eliminateDiscrimination: z._default(Prose, ''),
  advanceEquality: z._default(Prose, ''),
  fosterGoodRelations: z._default(Prose, ''),
});

export type GeneralDuty = z.infer<typeof GeneralDuty>;
