import { applyPatches, enablePatches, freeze } from 'immer';
import { ValidationError } from '../errors.js';
import type { Patch } from '../lifecycle/events.js';
import { Assessment } from '../schema/assessment.js';
import type { SectionId } from '../schema/section.js';
import { toValidationIssues } from '../validation.js';

enablePatches();

/**
 * Applies an edit's patches to the assessment, refusing patches outside the edited section, a change of
 * the screening decision (that is the `screen` event's job) and any result the schema rejects. The whole
 * result is validated, whatever the assessment edited: the answer never depends on where it came from.
 */
export function applySectionPatches(
  assessment: Assessment,
  section: SectionId,
  patches: readonly Patch[],
): Assessment {
  const outside = patches.find((patch) => patch.path[0] !== section);
  if (outside) {
    throw new ValidationError(
      `An edit of "${section}" may only change paths under /${section}; this one touches /${outside.path.join('/')}.`,
    );
  }
  const patched = applyPatchesSafely(assessment, section, patches);
  if (JSON.stringify(patched.screening?.decision) !== JSON.stringify(assessment.screening.decision)) {
    throw new ValidationError(
      'The screening decision changes only through a screening event (screen), so that it is recorded with its rationale.',
    );
  }
  const result = Assessment.safeParse(patched);
  if (!result.success) {
    throw new ValidationError(
      `The edit of "${section}" would make the assessment invalid:`,
      toValidationIssues(result.error),
      { cause: result.error },
    );
  }
  return freeze(result.data, true);
}

function applyPatchesSafely(
  assessment: Assessment,
  section: SectionId,
  patches: readonly Patch[],
): Assessment {
  try {
    return applyPatches(assessment, patches as Parameters<typeof applyPatches>[1]);
  } catch (error) {
    throw new ValidationError(
      `The edit of "${section}" cannot be applied: ${error instanceof Error ? error.message : String(error)}`,
      [],
      { cause: error },
    );
  }
}
