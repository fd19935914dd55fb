import { applySectionPatches } from '../edits/apply-edit.js';
import type { Assessment } from '../schema/assessment.js';
import type { EventOf } from './events.js';

type EditOutcome = { edited: Assessment } | { refusal: unknown };

/**
 * The mayEdit guard and the applyEdit action both need the edited assessment: it is computed once per
 * event and assessment, so taking an edit validates it once.
 */
const outcomes = new WeakMap<EventOf<'edit'>, { from: Assessment; outcome: EditOutcome }>();

export function editOutcome(assessment: Assessment, event: EventOf<'edit'>): EditOutcome {
  const known = outcomes.get(event);
  if (known?.from === assessment) return known.outcome;
  let outcome: EditOutcome;
  try {
    outcome = { edited: applySectionPatches(assessment, event.section, event.patches) };
  } catch (error) {
    outcome = { refusal: error };
  }
  outcomes.set(event, { from: assessment, outcome });
  return outcome;
}
