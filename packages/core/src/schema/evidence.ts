import * as z from 'zod';
import { DisparityAnalysis } from '../insight/result.js';
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

export const EvidenceItem = z.object({
  id: Id,
  kind: EvidenceKind,
  title: z.string().trim().min(1, 'name the evidence').max(300),
  source: z.string().max(500).default(''),
  /** Where to read it: an http, https or mailto address (reports link it). */
  url: OptionalLink.default(''),
  /** When the evidence was produced or last updated (a year, month or day): stale evidence is flagged. */
  date: PartialDate.optional(),
  characteristics: z.array(CharacteristicId).default([]),
  summary: Prose.default(''),
  /** How far it can be trusted: sample size, anecdote, age, the places or people it does not cover. */
  limitations: Prose.default(''),
  /** A comparison of a profile with a census baseline (already disclosure-controlled), for reports to render. */
  disparity: DisparityAnalysis.optional(),
});

/** What is not known, for which characteristics, and the actions that will find out (Bridges). */
export const DataGap = z.object({
  id: Id,
  description: Prose,
  characteristics: z.array(CharacteristicId).default([]),
  actionIds: z.array(Id).default([]),
});

export const Evidence = z.object({
  items: z.array(EvidenceItem).default([]),
  gaps: z.array(DataGap).default([]),
});

export type EvidenceKind = z.infer<typeof EvidenceKind>;
export type EvidenceItem = z.infer<typeof EvidenceItem>;
export type DataGap = z.infer<typeof DataGap>;
export type Evidence = z.infer<typeof Evidence>;
