import { type CheckContext, createCheckContext, screenedOutOf } from '../checks/context.js';
import { dayOf } from '../checks/dates.js';
import { checkClock, findingOf, severityOf } from '../checks/engine.js';
import type { Finding } from '../checks/finding.js';
import { type CheckLanguage, englishCheckLanguage } from '../checks/language.js';
import type { Rule, RuleViolation } from '../checks/rule.js';
import { rules as catalogue } from '../checks/rules/index.js';
import type { Locale } from '../labels/locale.js';
import type { Assessment } from '../schema/assessment.js';
import type { IsoDateTime } from '../schema/common.js';
import type { Profile } from '../schema/profile.js';
import { type DigestLanguages, keptLanguages } from './digest-languages.js';
import { profileFingerprint } from './profile-fingerprint.js';

/** A violation kept from the save: the rest of its finding comes from the rule and the profile. */
export interface KeptViolation extends RuleViolation {
  ruleId: string;
}

/**
 * The due-regard checks of one assessment, worked out at save time: the violations of every rule that
 * does not read the clock (under the profile whose fingerprint is kept), and the facts each clock rule
 * judges, so that the findings on any later day need neither the assessment nor the rules' full work.
 */
export interface CheckFacts {
  profileFingerprint: string;
  screenedOut: boolean;
  /** Worded in English. */
  violations: KeptViolation[];
  /**
   * The same violations worded in each other language the profile publishes in (digest-languages.ts),
   * by locale; left out when it publishes in English alone.
   */
  violationsIn?: Partial<Record<Locale, KeptViolation[]>>;
  /** By rule id: what `clock.facts` gave (no words: each language's judgement words them). */
  clockFacts: Record<string, unknown>;
}

export function checkFactsOf(
  assessment: Assessment,
  profile: Profile,
  languages: DigestLanguages,
  fingerprint = profileFingerprint(profile),
): CheckFacts {
  // Without a clock: a rule not marked as reading it would keep findings that go stale, so it fails here.
  const worded = [englishCheckLanguage, ...keptLanguages(profile, languages)];
  const contexts = worded.map((language) => createCheckContext(assessment, profile, undefined, language));
  const screenedOut = screenedOutOf(assessment);
  const kept = worded.map((): KeptViolation[] => []);
  const clockFacts: Record<string, unknown> = {};
  for (const rule of catalogue) {
    if (rule.clock) clockFacts[rule.id] = rule.clock.facts(contexts[0] as CheckContext);
    else if (severityOf(rule, profile, screenedOut))
      for (const [index, context] of contexts.entries())
        kept[index]?.push(...keptViolations(rule, rule.evaluate(context)));
  }
  return { profileFingerprint: fingerprint, screenedOut, ...keptIn(worded, kept), clockFacts };
}

/** Each language's violations in their place: `worded` and `kept` go together, English first. */
export function keptIn(
  worded: readonly CheckLanguage[],
  kept: readonly KeptViolation[][],
): Pick<CheckFacts, 'violations' | 'violationsIn'> {
  const [violations = [], ...others] = kept;
  if (others.length === 0) return { violations };
  const locales = worded.slice(1).map((language) => language.locale);
  return {
    violations,
    violationsIn: Object.fromEntries(others.map((each, index) => [locales[index], each])),
  };
}

/** A rule's violations as a digest keeps them. */
export const keptViolations = (rule: Rule, violations: readonly RuleViolation[]): KeptViolation[] =>
  violations.map(({ message, path }) => ({ ruleId: rule.id, message, path }));

/**
 * The findings `check(assessment, profile, { now, language })` gives, from the facts alone; undefined
 * when they were worked out under another profile (or another version of it), or do not keep the
 * violations in `language` (a language the profile does not publish in): the caller checks the assessment.
 */
export function findingsFromFacts(
  facts: CheckFacts,
  profile: Profile,
  options: { now: IsoDateTime; fingerprint?: string; language?: CheckLanguage },
): Finding[] | undefined {
  const fingerprint = options.fingerprint ?? profileFingerprint(profile);
  if (facts.profileFingerprint !== fingerprint) return undefined;
  return findingsJudge(profile, { ...options, fingerprint })(facts);
}

/**
 * findingsFromFacts for many assessments on one clock: what is the same for all of them (the profile's
 * fingerprint, the clock, which rules run at what severity) is worked out once. At 100,000 assessments
 * that was most of the judging (hashing the profile alone cost more than judging one assessment).
 */
export function findingsJudge(
  profile: Profile,
  options: { now: IsoDateTime; fingerprint?: string; language?: CheckLanguage },
): (facts: CheckFacts) => Finding[] | undefined {
  const language = options.language ?? englishCheckLanguage;
  const fingerprint = options.fingerprint ?? profileFingerprint(profile);
  const now = checkClock(options.now);
  const clock = { profile, now, today: dayOf(now), language };
  const runningWhen = (screenedOut: boolean) =>
    catalogue.flatMap((rule) => {
      const severity = severityOf(rule, profile, screenedOut);
      return severity ? [{ rule, severity, words: language.rules[rule.id] ?? rule }] : [];
    });
  const running = { screenedOut: runningWhen(true), screenedIn: runningWhen(false) };
  const keptOf = (facts: CheckFacts) =>
    language.locale === 'en' ? facts.violations : facts.violationsIn?.[language.locale];
  return (facts) => {
    if (facts.profileFingerprint !== fingerprint) return undefined;
    const violations = keptOf(facts);
    if (!violations) return undefined;
    const kept = keptByRule(violations);
    const findings: Finding[] = [];
    for (const { rule, severity, words } of facts.screenedOut ? running.screenedOut : running.screenedIn) {
      const found = rule.clock
        ? rule.clock.judge(facts.clockFacts[rule.id], clock)
        : (kept?.get(rule.id) ?? []);
      for (const violation of found) findings.push(findingOf(rule, severity, violation, words));
    }
    return findings;
  };
}

/** The kept violations by rule; undefined when there are none (most assessments, at a glance). */
function keptByRule(violations: readonly KeptViolation[]): Map<string, RuleViolation[]> | undefined {
  if (violations.length === 0) return undefined;
  const byRule = new Map<string, RuleViolation[]>();
  for (const { ruleId, message, path } of violations) {
    const list = byRule.get(ruleId) ?? [];
    list.push({ message, path });
    byRule.set(ruleId, list);
  }
  return byRule;
}
