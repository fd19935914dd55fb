import * as z from 'zod';
import { IsoDate, IsoDateTime, LinkOrText, Prose, UserId } from './common.js';

/** Where and when a record was published outside eqia, as it states it. */
export const OutsidePublication = z.object({
  on: IsoDate,
  /** Where the public could read it: an address or the name of the publication scheme. */
  location: LinkOrText.pipe(z.string().min(1, 'say where it was published')),
});

/** A sign-off given outside eqia, as the record states it: who, in what role, on what day. */
export const OutsideSignOff = z.object({
  by: z.string().trim().min(1, 'say who signed it off').max(200),
  role: z.string().max(200).default(''),
  on: IsoDate,
  note: Prose.default(''),
  /** Published outside eqia too: the record is then held as published. */
  published: OutsidePublication.optional(),
});

/**
 * Where an assessment written outside eqia came from: the file or system, who imported it and when,
 * and, for a historical record, the sign-off it had there (never an approval through eqia's chain).
 */
export const Provenance = z.object({
  source: z.string().trim().min(1).max(500),
  importedBy: UserId,
  importedAt: IsoDateTime,
  signedOffOutside: OutsideSignOff.optional(),
});

export type OutsidePublication = z.infer<typeof OutsidePublication>;
export type OutsideSignOff = z.infer<typeof OutsideSignOff>;
export type Provenance = z.infer<typeof Provenance>;
