import { enablePatches, produceWithPatches } from 'immer';
import type { Patch } from '../lifecycle/events.js';
import type { Assessment } from '../schema/assessment.js';
import type { SectionId } from '../schema/section.js';

enablePatches();

/** Edits one section in place, or returns its replacement (immer's rules). */
// biome-ignore lint/suspicious/noConfusingVoidType: a recipe either mutates (returns nothing) or returns a replacement.
export type SectionRecipe<S extends SectionId> = (draft: Assessment[S]) => void | Assessment[S];

export interface SectionEdit {
  assessment: Assessment;
  /** What changed, as immer patches from the assessment's root: each path starts with the section. */
  patches: Patch[];
}

/**
 * Runs an immer recipe on one section and returns the new assessment with the patches that an `edit` event
 * records. The input is never mutated and the result is frozen: copy before changing it by hand.
 */
export function editSection<S extends SectionId>(
  assessment: Assessment,
  section: S,
  recipe: SectionRecipe<S>,
): SectionEdit {
  const [next, patches] = produceWithPatches(assessment, (draft) => {
    const replacement = recipe(draft[section] as Assessment[S]);
    if (replacement !== undefined) (draft as Assessment)[section] = replacement;
  });
  return { assessment: next, patches: patches as Patch[] };
}
