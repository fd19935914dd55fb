import type { SectionId } from '../schema/section.js';
import type { CheckContext } from './context.js';
import type { FindingSeverity } from './finding.js';

/**
 * Which assessments a rule reads: the analysis rules mean nothing on a screened-out record, and the
 * screening-out rules nothing on a full assessment.
 */
export type RuleScope = 'all' | 'full_assessment' | 'screening_out';

/** One weakness a rule found: what is wrong, and the dotted path of the field it points at. */
export interface RuleViolation {
  message: string;
  path: string;
}

/** A due-regard check. Its id is stable: profiles override severities by it and docs link to it. */
export interface Rule {
  id: string;
  title: string;
  defaultSeverity: FindingSeverity;
  /** The section the rule is about; a finding points at the section its path starts with. */
  section: SectionId;
  scope: RuleScope;
  /** The legal or practice basis, in one or two sentences. */
  why: string;
  /** How to fix a finding. */
  hint: string;
  /** What passing and failing content looks like, in prose, for the docs. */
  examples: { pass: string; fail: string };
  /** Pure: reads the context only (never the system clock) and returns the violations in a stable order. */
  evaluate(context: CheckContext): RuleViolation[];
}
