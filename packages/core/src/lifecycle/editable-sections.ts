import { type SectionId, sectionIds } from '../schema/section.js';

/** Sections an author may edit in each editable state. */
export const editableSections = {
  draft: ['policy', 'decision', 'screening'],
  screened_out: ['policy', 'decision', 'screening', 'monitoring'],
  assessing: sectionIds,
} as const satisfies Record<string, readonly SectionId[]>;
