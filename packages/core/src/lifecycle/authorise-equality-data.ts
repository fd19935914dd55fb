import type { ForbiddenError } from '../errors.js';
import { refuse } from '../labels/refusals.js';
import type { Actor } from './events.js';

/**
 * Who may record the organisation's equality data (workforce, caseload, baselines, pay gaps): equality
 * leads and admins, as they set objectives up. Anyone in the profile may read it; what is published is
 * suppressed anyway.
 */
export function authoriseEqualityData(actor: Actor): ForbiddenError | undefined {
  if (actor.roles.some((role) => role === 'equality_lead' || role === 'admin')) return undefined;
  return refuse('equalityData', { actor: actor.id });
}
