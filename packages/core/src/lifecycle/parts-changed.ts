import type { Assessment } from '../schema/assessment.js';
import type { AssessmentEvent } from './events.js';

/**
 * The parts of the assessment (its top-level keys) that an event may change; undefined when it may
 * change any. Whoever keeps the other parts as they were (a session's save reuses their serialised
 * text) relies on it, and a property test over random runs of the lifecycle holds the lifecycle to it.
 * An edit changes its section, the Welsh versions of its text fields with the English they were written
 * for, and the editors (see applySectionPatches and the applyEdit update).
 */
export function partsChangedBy(event: AssessmentEvent): readonly (keyof Assessment)[] | undefined {
  return event.type === 'edit' ? [event.section, 'welsh', 'welshOf', 'editors'] : undefined;
}
