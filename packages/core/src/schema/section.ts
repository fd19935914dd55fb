import * as z from 'zod/mini';
import { englishLabels } from '../labels/english.js';

/** The content sections of an assessment, in the order an author fills them in. */
export const SectionId = z.enum([
  'policy',
  'decision',
  'screening',
  'evidence',
  'engagement',
  'analysis',
  'intersectionality',
  'generalDuty',
  'outcome',
  'actions',
  'monitoring',
]);

export const sectionIds = SectionId.options;

/** The sections' titles: the labels catalogue words them, like every other value. */
export const sectionTitles: Readonly<Record<SectionId, string>> = englishLabels.labels.sectionTitle;

export type SectionId = z.infer<typeof SectionId>;
