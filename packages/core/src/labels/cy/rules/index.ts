import type { RuleCatalogue } from '../../../checks/rules/index.js';
import { welshAnalysisRules } from './analysis.js';
import { welshEvidenceRules } from './evidence.js';
import { welshOutcomeRules } from './outcome.js';
import { welshPolicyRules } from './policy.js';
import { welshScreeningRules } from './screening.js';

/**
 * Y rheolau sylw dyledus yn Gymraeg, by section. Welsh mutates a word after many others ("ar", "i",
 * "o"), which a template cannot do to a value it does not know: so a value (a characteristic, an
 * impact, a title) follows a colon or sits in quotes, and reads unmutated. A rule missing here, or a
 * message of one, does not compile.
 */
export const welshRules: RuleCatalogue = {
  ...welshPolicyRules,
  ...welshScreeningRules,
  ...welshEvidenceRules,
  ...welshAnalysisRules,
  ...welshOutcomeRules,
};
