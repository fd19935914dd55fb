import * as z from 'zod';
import { IsoDateTime, Signer, UserId } from './common.js';

export const Publication = z.object({
  publishedAt: IsoDateTime,
  publishedBy: UserId,
  /** Where the public can read it: a URL or the name of the publication scheme. */
  location: z.string().trim().min(1, 'say where it is published').max(2000),
  format: z.string().max(100).default('html'),
  /** The publisher as they were when they published. */
  signer: Signer.optional(),
});

export type Publication = z.infer<typeof Publication>;
