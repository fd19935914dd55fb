import * as z from 'zod';
import { IsoDateTime, LinkOrText, Signer, UserId } from './common.js';

export const Publication = z.object({
  publishedAt: IsoDateTime,
  publishedBy: UserId,
  /** Where the public can read it: an http(s) address or the name of the publication scheme. */
  location: LinkOrText.pipe(z.string().min(1, 'say where it is published')),
  format: z.string().max(100).default('html'),
  /** The publisher as they were when they published. */
  signer: Signer.optional(),
});

export type Publication = z.infer<typeof Publication>;
