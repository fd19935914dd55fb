import { z } from 'zod';
import { IsoDateTime, LinkOrText, UserId } from './common.js';

export const Publication = z.object({
  publishedAt: IsoDateTime,
  publishedBy: UserId,
  /** Where the public can read it: an http(s) address or the name of the publication scheme. */
  location: LinkOrText.pipe(z.string().min(1, 'say where it is published')),
  format: z.string().max(100).default('html'),
});

export type Publication = z.infer<typeof Publication>;
