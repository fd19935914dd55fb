import { applyPatches, enablePatches, freeze } from 'immer';
import { ValidationError } from '../errors.js';
import type { Patch } from '../lifecycle/events.js';
import { Assessment } from '../schema/assessment.js';
import type { SectionId } from '../schema/section.js';
import { toValidationIssues } from '../validation.js';

enablePatches();

/**
 * Results of this function: schema output, deep-frozen. Every other section of such an assessment is
 * already valid and normalised, so an edit of it needs only its own section validated (the assessment
 * schema has no rule across sections), which keeps a long chain of edits, as in a replay, cheap.
 */
const validated = new WeakSet<Assessment>();

/**
 * Applies an edit's patches to the assessment, refusing patches outside the edited section, a change of
 * the screening decision (that is the `screen` event's job) and any result the schema rejects.
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
  const result = validateSection(assessment, patched, section) ?? validateWhole(patched, section);
  validated.add(result);
  return result;
}

/**
 * The section alone validated, when that gives what validating the whole would: the rest was validated
 * here before and the section stays in its place. Undefined otherwise, or when the section is invalid
 * (the whole is validated then, so the error is the same either way).
 */
function validateSection(
  assessment: Assessment,
  patched: Assessment,
  section: SectionId,
): Assessment | undefined {
  if (!validated.has(assessment) || !(section in assessment) || !(section in patched)) return undefined;
  const result = Assessment.shape[section].safeParse(patched[section]);
  if (!result.success || result.data === undefined) return undefined;
  return Object.freeze({ ...patched, [section]: freeze(result.data, true) });
}

function validateWhole(patched: Assessment, section: SectionId): Assessment {
  const result = Assessment.safeParse(patched);
  if (!result.success) {
    throw new ValidationError(
      `The edit of "${section}" would make the assessment invalid:`,
      toValidationIssues(result.error),
      {
        cause: result.error,
      },
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
