import * as z from 'zod/mini';
import { IsoDate, IsoDateTime, Prose, Signer, UserId } from './common.js';

/** An approver confirming, at review time, that the assessment still holds. */
export const Reaffirmation = z.object({
  by: UserId,
  at: IsoDateTime,
  note: z._default(Prose, ''),
  nextReviewDate: IsoDate,
  /** The approver as they were when they reaffirmed. */
  signer: z.optional(Signer),
});

/** A note added after sign-off: what happened in practice (the duty is continuing, Brown). */
export const MonitoringNote = z.object({
  by: UserId,
  at: IsoDateTime,
  note: Prose,
});

export const Monitoring = z.object({
  arrangements: z._default(Prose, ''),
  nextReviewDate: z.optional(IsoDate),
  postImplementationReview: z._default(Prose, ''),
  notes: z._default(z.array(MonitoringNote), []),
  reaffirmations: z._default(z.array(Reaffirmation), []),
});

export type Reaffirmation = z.infer<typeof Reaffirmation>;
export type MonitoringNote = z.infer<typeof MonitoringNote>;
export type Monitoring = z.infer<typeof Monitoring>;
