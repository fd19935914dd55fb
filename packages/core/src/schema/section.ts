import { z } from 'zod';

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

export const sectionTitles: Record<SectionId, string> = {
  policy: 'Policy',
  decision: 'Decision',
  screening: 'Screening',
  evidence: 'Evidence and data gaps',
  engagement: 'Engagement',
  analysis: 'Analysis by characteristic',
  intersectionality: 'Intersectionality and cumulative impact',
  generalDuty: 'General duty',
  outcome: 'Outcome',
  actions: 'Action plan',
  monitoring: 'Monitoring and review',
};

export type SectionId = z.infer<typeof SectionId>;
