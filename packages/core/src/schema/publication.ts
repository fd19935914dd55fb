import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { IsoDateTime, LinkOrText, Signer, UserId } from './common.js';

export const Publication = z.object({
  publishedAt: IsoDateTime,
  publishedBy: UserId,
  /** Where the public can read it: an http(s) address or the name of the publication scheme. */
  location: z.pipe(LinkOrText, z.string().check(z.minLength(1, says.publishedAt))),
  format: z._default(z.string().check(z.maxLength(100)), 'html'),
  /** The publisher as they were when they published. */
  signer: z.optional(Signer),
});

export type Publication = z.infer<typeof Publication>;
