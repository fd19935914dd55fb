import * as z from 'zod';
import { IsoDate, IsoDateTime, Prose, Signer, UserId } from './common.js';

/** An approver confirming, at review time, that the assessment still holds. */
export const Reaffirmation = z.object({
  by: UserId,
  at: IsoDateTime,
  note: Prose.default(''),
  nextReviewDate: IsoDate,
  /** The approver as they were when they reaffirmed. */
  signer: Signer.optional(),
});

/** A note added after sign-off: what happened in practice (the duty is continuing, Brown). */
export const MonitoringNote = z.object({
  by: UserId,
  at: IsoDateTime,
  note: Prose,
});

export const Monitoring = z.object({
  arrangements: Prose.default(''),
  nextReviewDate: IsoDate.optional(),
  postImplementationReview: Prose.default(''),
  notes: z.array(MonitoringNote).default([]),
  reaffirmations: z.array(Reaffirmation).default([]),
});

export type Reaffirmation = z.infer<typeof Reaffirmation>;
export type MonitoringNote = z.infer<typeof MonitoringNote>;
export type Monitoring = z.infer<typeof Monitoring>;
