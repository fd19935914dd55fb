import { type SectionId, sectionIds } from '../schema/section.js';

/**
 * Sections an author may edit in each editable state. A screening cites the evidence it relied on, so
 * evidence is open from the start, and a screened-out record keeps it.
 */
export const editableSections = {
  draft: ['policy', 'decision', 'screening', 'evidence'],
  screened_out: ['policy', 'decision', 'screening', 'evidence', 'monitoring'],
  assessing: sectionIds,
} as const satisfies Record<string, readonly SectionId[]>;
