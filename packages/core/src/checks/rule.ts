import type { IsoDate, IsoDateTime } from '../schema/common.js';
import type { SectionId } from '../schema/section.js';
import type { CheckedProfile } from './checked-profile.js';
import type { CheckContext } from './context.js';
import type { FindingSeverity } from './finding.js';
import type { CheckLanguage } from './language.js';

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

/**
 * What a rule's findings say, in one language, by message id: a sentence, or a function of the values
 * it names (`stale: ({ title }) => \`Evidence "${title}" is…\``). A value is a name or a number already
 * in the reader's language (the context's labels), never a stored enum.
 */
export type RuleMessages = { readonly [id: string]: string | ((values: never) => string) };

/** A rule's words in one language: the catalogue's entry for it (`Messages.rules`). */
export interface RuleWords<M extends RuleMessages = RuleMessages> {
  readonly title: string;
  readonly why: string;
  readonly hint: string;
  readonly messages: M;
}

/**
 * A due-regard check. Its id is stable: profiles override severities by it and docs link to it. Its
 * words (title, why, hint, messages) are English; another language's come from the catalogue by id.
 */
export interface Rule<M extends RuleMessages = RuleMessages> {
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
  /** What its findings say, in English. */
  messages: M;
  /**
   * Pure: reads the context only (never the system clock) and returns the violations in a stable order,
   * worded in the context's language.
   */
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
  profile: CheckedProfile;
  now: IsoDateTime;
  today: IsoDate;
  /** The language its findings are worded in; English when not given. */
  language?: CheckLanguage;
}

/** The two halves of a rule that reads the clock. */
export interface ClockJudgement {
  /** The few fields the rule reads, as plain JSON; never reads `now` or `today`. */
  facts(context: CheckContext): unknown;
  /** The violations those facts give on the clock's day. */
  judge(facts: unknown, clock: RuleClock): RuleViolation[];
}

/** A rule as written: its English words, and `evaluate` given its messages in the context's language. */
export type RuleDefinition<Id extends string, M extends RuleMessages> = Omit<
  Rule<M>,
  'id' | 'evaluate' | 'clock'
> & {
  id: Id;
  evaluate(context: CheckContext, say: M): RuleViolation[];
};

/** The messages a rule says in a language: the catalogue's, or its own English when the catalogue has none. */
export const messagesIn = <M extends RuleMessages>(
  rule: { id: string; messages: M },
  language: CheckLanguage | undefined,
): M => (language?.rules[rule.id]?.messages as M | undefined) ?? rule.messages;

/** A rule that reads no clock; its literal id and messages' types let a catalogue word it completely. */
export function defineRule<const Id extends string, M extends RuleMessages>(
  rule: RuleDefinition<Id, M>,
): Rule<M> & { id: Id } {
  const { evaluate, ...described } = rule;
  return { ...described, evaluate: (context) => evaluate(context, messagesIn(rule, context.language)) };
}

/** A rule that reads the clock, written as facts (from the assessment) and a judgement (against the clock). */
export function clockRule<const Id extends string, M extends RuleMessages, Facts>(
  rule: Omit<RuleDefinition<Id, M>, 'evaluate'> & {
    facts(context: CheckContext): Facts;
    judge(facts: Facts, clock: RuleClock, say: M): RuleViolation[];
  },
): Rule<M> & { id: Id } {
  const { facts, judge, ...described } = rule;
  // The facts come back from JSON in a digest; they are the same shape `facts` made.
  const clock: ClockJudgement = {
    facts,
    judge: (stored, on) => judge(stored as Facts, on, messagesIn(rule, on.language)),
  };
  return {
    ...described,
    clock,
    evaluate: (context) => judge(facts(context), context, messagesIn(rule, context.language)),
  };
}
