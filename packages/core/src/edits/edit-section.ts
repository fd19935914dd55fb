import { enablePatches, produceWithPatches } from 'immer';
import { englishFingerprint } from '../bilingual/english-fingerprint.js';
import { textFields } from '../bilingual/text-fields.js';
import { type Frozen, schemaTyped } from '../frozen.js';
import type { Patch } from '../lifecycle/events.js';
import type { Assessment } from '../schema/assessment.js';
import type { SectionId } from '../schema/section.js';
import { type TextKey, textKey } from '../schema/welsh.js';

enablePatches();

/**
 * Edits one section in place, or returns its replacement (immer's rules). `welsh` reads and writes the
 * Welsh versions of the section's text fields.
 */
export type SectionRecipe<S extends SectionId> = (
  draft: Assessment[S],
  welsh: WelshDraft,
  // biome-ignore lint/suspicious/noConfusingVoidType: a recipe either mutates (returns nothing) or returns a replacement.
) => void | Assessment[S];

/**
 * The Welsh versions of one section's text fields, inside a recipe. A field is named by its path in the
 * section, list items by id: `'aims'`, `'items/ev-1/summary'`, `'race/impacts/imp-1/mitigation'`.
 */
export interface WelshDraft {
  get(path: string): string | undefined;
  /**
   * Sets the Welsh version, as written for the field's English as the recipe leaves it (setting the same
   * text again confirms it is still current); empty text removes it.
   */
  set(path: string, text: string): void;
}

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
  assessment: Frozen<Assessment>,
  section: S,
  recipe: SectionRecipe<S>,
): SectionEdit {
  // immer never changes its base: a frozen assessment (what the SDK returns) is one it expects.
  const [next, patches] = produceWithPatches(schemaTyped<Assessment>(assessment), (draft) => {
    const written = new Set<TextKey>();
    const welsh: WelshDraft = {
      get: (path) => draft.welsh?.[textKey(section, path)],
      set: (path, text) => {
        const key = textKey(section, path);
        if (text !== '') {
          // Set key by key, so that the edit's patches carry this text only, not all the Welsh.
          if (!draft.welsh) draft.welsh = {};
          draft.welsh[key] = text;
          written.add(key);
        } else if (draft.welsh && key in draft.welsh) {
          delete draft.welsh[key];
          // No Welsh left: the assessment reads as one that never had any.
          if (Object.keys(draft.welsh).length === 0) delete draft.welsh;
          written.delete(key);
          forget(draft, key);
        }
      },
    };
    const replacement = recipe(draft[section] as Assessment[S], welsh);
    if (replacement !== undefined) (draft as Assessment)[section] = replacement;
    // After the recipe, so that English set after its Welsh in the same edit is what the Welsh is for.
    if (written.size > 0) {
      const english = new Map(textFields(draft as Assessment, [section]).map((f) => [f.key, f.english]));
      for (const key of written) {
        draft.welshOf ??= {};
        draft.welshOf[key] = englishFingerprint(english.get(key) ?? '');
      }
    }
  });
  return { assessment: next, patches: patches as Patch[] };
}

/** The fingerprint of a Welsh version removed goes with it. */
function forget(draft: Assessment, key: TextKey): void {
  if (!draft.welshOf || !(key in draft.welshOf)) return;
  delete draft.welshOf[key];
  if (Object.keys(draft.welshOf).length === 0) delete draft.welshOf;
}
