import * as z from 'zod/mini';
import { DisparityAnalysis } from '../insight/result.js';
import { englishSchemaWords as says } from '../labels/schema-words.js';
import { CharacteristicId, Id, OptionalLink, PartialDate, Prose } from './common.js';

export const EvidenceKind = z.enum([
  'data',
  'research',
  'consultation',
  'feedback',
  'complaints',
  'census',
  'other',
]);

/** What a piece of evidence is called: a text field, so a body publishing in Welsh gives it a Welsh version too. */
export const EvidenceTitle = z.string().check(z.trim(), z.minLength(1, says.evidenceTitle), z.maxLength(300));
/** Who published it, or where it comes from: a text field too. */
export const EvidenceSource = z.string().check(z.maxLength(500));

export const EvidenceItem = z.object({
  id: Id,
  kind: EvidenceKind,
  title: EvidenceTitle,
  source: z._default(EvidenceSource, ''),
  /** Where to read it: an http, https or mailto address (reports link it). */
  url: z._default(OptionalLink, ''),
  /** When the evidence was produced or last updated (a year, month or day): stale evidence is flagged. */
  date: z.optional(PartialDate),
  characteristics: z._default(z.array(CharacteristicId), []),
  summary: z._default(Prose, ''),
  /** How far it can be trusted: sample size, anecdote, age, the places or people it does not cover. */
  limitations: z._default(Prose, ''),
  /** A comparison of a profile with a census baseline (already disclosure-controlled), for reports to render. */
  disparity: z.optional(DisparityAnalysis),
});

/** What is not known, for which characteristics, and the actions that will find out (Bridges). */
export const DataGap = z.object({
  id: Id,
  description: Prose,
  characteristics: z._default(z.array(CharacteristicId), []),
  actionIds: z._default(z.array(Id), []),
});

export const Evidence = z.object({
  items: z._default(z.array(EvidenceItem), []),
  gaps: z._default(z.array(DataGap), []),
});

export type EvidenceKind = z.infer<typeof EvidenceKind>;
export type EvidenceItem = z.infer<typeof EvidenceItem>;
export type DataGap = z.infer<typeof DataGap>;
export type Evidence = z.infer<typeof Evidence>;
