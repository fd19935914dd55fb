import { ValidationError } from '../errors.js';
import type { CreateEvent } from './events.js';
import type { LifecycleStatus } from './state.js';

/**
 * The state a log starts in. A new assessment is a draft. An imported record starts where it stood
 * outside eqia: one signed off there is signed off, one also published there is published. It is
 * marked historical by its provenance and has no approvals, so nothing pretends it went through
 * eqia's chain.
 */
export function startingStatus({ assessment }: CreateEvent): LifecycleStatus {
  const outside = assessment.provenance?.signedOffOutside;
  if (!outside) return { state: 'draft' };
  return { state: outside.published ? 'published' : 'signed_off' };
}

/**
 * A record's provenance is written by its import, and only there: the create event is the import
 * itself (same person, same instant), so a revision or a hand-made create cannot claim an outside
 * sign-off, and a historical record holds no approvals of eqia's chain.
 */
export function importRefusal({ assessment, by, at }: CreateEvent): ValidationError | undefined {
  const { provenance } = assessment;
  if (!provenance) return undefined;
  if (provenance.importedBy !== by.id || provenance.importedAt !== at) {
    return new ValidationError(
      `Assessment ${assessment.id} says it was imported by ${provenance.importedBy} at ${provenance.importedAt}, but this event is by ${by.id} at ${at}: an imported record is created by its import (eqia import).`,
      [{ path: 'provenance', message: 'must name the import that creates the assessment' }],
    );
  }
  if (provenance.signedOffOutside && assessment.review.approvals.length > 0) {
    return new ValidationError(
      `Assessment ${assessment.id} was signed off outside eqia, so it holds no approvals of eqia's chain: remove them.`,
      [{ path: 'review.approvals', message: 'none on a historical record' }],
    );
  }
  return undefined;
}
