import * as z from 'zod';
import { Prose } from './common.js';

/** A statement of how the policy pays due regard to each aim of s.149(1). */
export const GeneralDuty = z.object({
  eliminateDiscrimination: Prose.default(''),
  advanceEquality: Prose.default(''),
  fosterGoodRelations: Prose.default(''),
});

export type GeneralDuty = z.infer<typeof GeneralDuty>;
