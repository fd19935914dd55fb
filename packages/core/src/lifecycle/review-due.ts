import type { PersistedSnapshot } from '../log/types.js';

/**
 * Whether a signed-off or published assessment is due for review: its next review date is today or past.
 * Derived from the date and the clock the caller passes, never from timers. Dates compare in UTC.
 */
export function isReviewDue(snapshot: PersistedSnapshot, now: Date): boolean {
  const { state } = snapshot.status;
  if (state !== 'signed_off' && state !== 'published') return false;
  const next = snapshot.assessment.monitoring.nextReviewDate;
  return next !== undefined && next <= now.toISOString().slice(0, 10);
}
