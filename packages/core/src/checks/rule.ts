import type { IsoDate, IsoDateTime } from '../schema/common.js';
import type { Profile } from '../schema/profile.js';
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
  /** Pure: reads the context only (never the system clock) and returns the violations in a stable order. */
  evaluate(context: CheckContext): RuleViolation[];
  /**
   * Set on the few rules that read the clock (`now`, `today`); every other rule's findings can be kept
   * from the day the assessment was saved (see digest/). Such a rule is split in two halves so that it
   * can run again on a later day without the assessment: see `clockRule`.
   */
  clock?: ClockJudgement;
}

/** What passing and failing content looks like for a rule, in prose, for the docs (rule-examples.ts). */
export interface RuleExamples {
  pass: string;
  fail: string;
}

/** What a clock rule judges against: the clock, and the profile (its intervals). */
export interface RuleClock {
  profile: Profile;
  now: IsoDateTime;
  today: IsoDate;
}

/** The two halves of a rule that reads the clock. */
export interface ClockJudgement {
  /** The few fields the rule reads, as plain JSON; never reads `now` or `today`. */
  facts(context: CheckContext): unknown;
  /** The violations those facts give on the clock's day. */
  judge(facts: unknown, clock: RuleClock): RuleViolation[];
}

/** A rule that reads the clock, written as facts (from the assessment) and a judgement (against the clock). */
export function clockRule<Facts>(
  rule: Omit<Rule, 'evaluate' | 'clock'> & {
    facts(context: CheckContext): Facts;
    judge(facts: Facts, clock: RuleClock): RuleViolation[];
  },
): Rule {
  const { facts, judge, ...described } = rule;
  // The facts come back from JSON in a digest; they are the same shape `facts` made.
  const clock: ClockJudgement = { facts, judge: (stored, on) => judge(stored as Facts, on) };
  return { ...described, clock, evaluate: (context) => judge(facts(context), context) };
}
