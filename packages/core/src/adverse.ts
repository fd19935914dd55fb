import type { ImpactDirection } from './schema/common.js';

// No schema here: the light entry (eqia list) words impacts too.

/** A negative or mixed impact: one with an adverse side, which needs a severity and mitigation or justification. */
export const isAdverse = (direction: ImpactDirection): boolean =>
  direction === 'negative' || direction === 'mixed';
