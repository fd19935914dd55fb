import { applyPatches, enablePatches, freeze } from 'immer';
import { EqiaError, ValidationError } from '../errors.js';
import { recordTold } from '../labels/record-words.js';
import type { Patch } from '../lifecycle/events.js';
import { Assessment } from '../schema/assessment.js';
import type { SectionId } from '../schema/section.js';
import { sectionOfTextKey, WelshSources, WelshText } from '../schema/welsh.js';
import { toValidationIssues } from '../validation.js';
import { replacedValues, withReplaced } from './replaced-values.js';

enablePatches();

/**
 * Applies an edit's patches to the assessment, refusing patches outside the edited section and the Welsh
 * versions of its text fields, a change of the screening decision (that is the `screen` event's job) and
 * any result the schema rejects.
 *
 * The assessment given must be valid, as every snapshot is: the lifecycle made it, or it was migrated
 * and validated when read (migrateSnapshot), or parsed on import. The patches change only the edited
 * section and the schema has no rule across sections, so validating that section validates the result;
 * the rest of the assessment is a few hundred kilobytes zod need not walk again at every edit.
 */
export function applySectionPatches(
  assessment: Assessment,
  section: SectionId,
  patches: readonly Patch[],
): Assessment {
  const outside = patches.find(
    (patch) => patch.path[0] !== section && !welshParts.has(String(patch.path[0])),
  );
  if (outside) {
    const { message, told } = recordTold('editOutside', { section, path: outside.path.join('/') });
    throw new ValidationError(message, [], { told });
  }
  const schema = Assessment.shape[section];
  // Only the values replaced need parsing when that is enough (replaced-values.ts); else the section.
  // Not in screening, whose decision is compared below as the patches leave it, before any parse.
  const replaced =
    section === 'screening' ? undefined : replacedValues(section, schema, assessment[section], patches);
  const patched = replaced
    ? withReplaced(assessment, replaced)
    : applyPatchesSafely(assessment, section, patches);
  if (JSON.stringify(patched.screening?.decision) !== JSON.stringify(assessment.screening.decision)) {
    const { message, told } = recordTold('editScreening');
    throw new ValidationError(message, [], { told });
  }
  if (patches.some((patch) => welshParts.has(String(patch.path[0]))))
    checkWelshEdit(assessment, patched, section);
  if (replaced) return freeze(patched, true);
  const result = schema.safeParse(patched[section]);
  if (!result.success) {
    const { message, told } = recordTold('editInvalid', { section });
    throw new ValidationError(
      message,
      toValidationIssues(result.error).map((issue) => ({
        ...issue,
        path: issue.path ? `${section}.${issue.path}` : section,
      })),
      { cause: result.error, told },
    );
  }
  return freeze({ ...patched, [section]: result.data }, true);
}

/** The assessment after the edit's patches, or the refusal `applySectionPatches` would throw. */
export function appliedEdit(
  assessment: Assessment,
  { section, patches }: { section: SectionId; patches: readonly Patch[] },
): Assessment | EqiaError {
  try {
    return applySectionPatches(assessment, section, patches);
  } catch (error) {
    if (error instanceof EqiaError) return error;
    throw error;
  }
}

/** Besides the section, an edit may change its fields' Welsh versions and the English they were written for. */
const welshParts: ReadonlySet<string> = new Set(['welsh', 'welshOf']);

/** The Welsh text (and fingerprints) an edit changes must be valid and belong to the edited section's fields. */
function checkWelshEdit(before: Assessment, after: Assessment, section: SectionId): void {
  const changed = [
    ...changedKeys(section, 'welsh', WelshText, before.welsh, after.welsh),
    ...changedKeys(section, 'welshOf', WelshSources, before.welshOf, after.welshOf),
  ];
  const foreign = changed.find((key) => sectionOfTextKey(key) !== section);
  if (foreign) {
    const { message, told } = recordTold('editWelshForeign', { section, key: foreign });
    throw new ValidationError(message, [], { told });
  }
}

/** The keys of one Welsh record an edit changes, once the record is known valid. */
function changedKeys(
  section: SectionId,
  part: string,
  schema: typeof WelshText | typeof WelshSources,
  before: Readonly<Record<string, string>> = {},
  after: Readonly<Record<string, string>> = {},
): string[] {
  const result = schema.safeParse(after);
  if (!result.success) {
    const { message, told } = recordTold('editWelshInvalid', { section });
    throw new ValidationError(
      message,
      toValidationIssues(result.error).map((issue) => ({
        ...issue,
        path: issue.path ? `${part}.${issue.path}` : part,
      })),
      { cause: result.error, told },
    );
  }
  const keys = new Set([...Object.keys(before), ...Object.keys(result.data)]);
  return [...keys].filter((key) => before[key] !== result.data[key]);
}

function applyPatchesSafely(
  assessment: Assessment,
  section: SectionId,
  patches: readonly Patch[],
): Assessment {
  try {
    return applyPatches(assessment, patches as Parameters<typeof applyPatches>[1]);
  } catch (error) {
    const { message, told } = recordTold('editUnapplied', {
      section,
      error: error instanceof Error ? error.message : String(error),
    });
    throw new ValidationError(message, [], { cause: error, told });
  }
}
