import * as z from 'zod/mini';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { IsoDate, IsoDateTime, LinkOrText, Prose, UserId } from './common.js';

/** Where and when a record was published outside eqia, as it states it. */
export const OutsidePublication = z.object({
  on: IsoDate,
  /** Where the public could read it: an address or the name of the publication scheme. */
  location: z.pipe(LinkOrText, z.string().check(z.minLength(1, says.publishedWhere))),
});

/** A sign-off given outside eqia, as the record states it: who, in what role, on what day. */
export const OutsideSignOff = z.object({
  by: z.string().check(z.trim(), z.minLength(1, says.signedOffBy), z.maxLength(200)),
  role: z._default(z.string().check(z.maxLength(200)), ''),
  on: IsoDate,
  note: z._default(Prose, ''),
  /** Published outside eqia too: the record is then held as published. */
  published: z.optional(OutsidePublication),
});

/**
 * The source of a record read from standard input, as recorded: `-`, as it is typed, never words in one
 * language (readers say "standard input" in theirs, `eqia show` and the audit log alike).
 */
export const STANDARD_INPUT = '-';

/**
 * Where an assessment written outside eqia came from: the file or system, who imported it and when,
 * and, for a historical record, the sign-off it had there (never an approval through eqia's chain).
 */
export const Provenance = z.object({
  /** The file's name as given, the other system, or `STANDARD_INPUT`, which readers word in their language. */
  source: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  importedBy: UserId,
  importedAt: IsoDateTime,
  signedOffOutside: z.optional(OutsideSignOff),
});

export type OutsidePublication = z.infer<typeof OutsidePublication>;
export type OutsideSignOff = z.infer<typeof OutsideSignOff>;
export type Provenance = z.infer<typeof Provenance>;
