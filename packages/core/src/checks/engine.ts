import { ValidationError } from '../errors.js';
import { type Frozen, schemaTyped } from '../frozen.js';
import { onDemandTold } from '../labels/on-demand-words.js';
import type { Assessment } from '../schema/assessment.js';
import { IsoDateTime } from '../schema/common.js';
import type { Profile } from '../schema/profile.js';
import { SectionId } from '../schema/section.js';
import type { CheckedProfile } from './checked-profile.js';
import { createCheckContext } from './context.js';
import type { Finding, FindingSeverity } from './finding.js';
import type { CheckLanguage } from './language.js';
import type { Rule, RuleViolation } from './rule.js';
import { rules as catalogue } from './rules/index.js';

export interface CheckOptions {
  /** The clock: rules judge dates (freshness, review, decision) against it, never the system time. */
  now: IsoDateTime;
  /** The rules to run; the full catalogue unless a caller narrows it. */
  rules?: readonly Rule[];
  /** The language of the findings' words (`checkLanguage(wording(welshMessages))`); English by default. */
  language?: CheckLanguage;
}

/**
 * Run the due-regard checks. Findings come in catalogue order, then in the order each rule reads the
 * assessment, so the same assessment, profile and clock always give the same list.
 */
export function check(
  assessment: Frozen<Assessment>,
  profile: Frozen<Profile>,
  options: CheckOptions,
): Finding[] {
  // The rules only read: a frozen assessment (what the SDK returns) passes to them as it is.
  const read = schemaTyped<Profile>(profile);
  const context = createCheckContext(
    schemaTyped<Assessment>(assessment),
    read,
    checkClock(options.now),
    options.language,
  );
  return runRules(
    options.rules ?? catalogue,
    read,
    context.screenedOut,
    (rule) => rule.evaluate(context),
    options.language,
  );
}

/** The clock, validated: a check against a malformed date would judge nothing correctly. */
export function checkClock(now: IsoDateTime): IsoDateTime {
  const parsedNow = IsoDateTime.safeParse(now);
  if (!parsedNow.success) {
    const { message, told } = onDemandTold('badClock', { now: String(now) });
    throw new ValidationError(message, [], { told });
  }
  return parsedNow.data;
}

/**
 * The findings of the rules the profile keeps on and the assessment's kind calls for, in order, each
 * rule's violations given by `evaluate`: the assessment's context for `check`, kept findings for a digest.
 * Their reason and hint are in `language` (the violations' messages already are).
 */
export function runRules(
  rules: readonly Rule[],
  profile: Profile,
  screenedOut: boolean,
  evaluate: (rule: Rule) => readonly RuleViolation[],
  language?: CheckLanguage,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const severity = severityOf(rule, profile, screenedOut);
    if (severity === undefined) continue;
    const words = language?.rules[rule.id] ?? rule;
    for (const violation of evaluate(rule)) findings.push(findingOf(rule, severity, violation, words));
  }
  return findings;
}

/**
 * One violation as a finding: the rule's severity here, its reason and hint in the findings' language.
 * Frozen as it is made (all its fields are text): a client freezes what it returns, and a whole-store
 * check returns hundreds of thousands of findings, each then passed over at a glance.
 */
export const findingOf = (
  rule: Rule,
  severity: FindingSeverity,
  { message, path }: RuleViolation,
  { why, hint }: { why: string; hint: string },
): Finding =>
  Object.freeze({ ruleId: rule.id, severity, message, section: sectionOf(path, rule), path, why, hint });

/**
 * The severity of a rule's findings on this assessment, or undefined when the rule does not run: the
 * profile turns it off, or it is about the other kind of assessment (screened out or in).
 */
export function severityOf(
  rule: Rule,
  profile: Pick<CheckedProfile, 'ruleOverrides'>,
  screenedOut: boolean,
): FindingSeverity | undefined {
  const severity = profile.ruleOverrides[rule.id] ?? rule.defaultSeverity;
  if (severity === 'off') return undefined;
  if (rule.scope === 'full_assessment' && screenedOut) return undefined;
  if (rule.scope === 'screening_out' && !screenedOut) return undefined;
  return severity;
}

/** A finding belongs to the section its path starts in, so the wizard can take the author there. */
function sectionOf(path: string, rule: Rule): SectionId {
  // Sliced, not split: a whole-store check points 650,000 findings at their sections.
  const dot = path.indexOf('.');
  const head = dot === -1 ? path : path.slice(0, dot);
  return sections.has(head) ? (head as SectionId) : rule.section;
}

// A set, not the schema's parse: a whole-store check words hundreds of thousands of findings.
const sections: ReadonlySet<string> = new Set(SectionId.options);
