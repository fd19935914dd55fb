import { createCheckContext, screenedOutOf } from '../checks/context.js';
import { severityOf } from '../checks/engine.js';
import { type CheckLanguage, englishCheckLanguage } from '../checks/language.js';
import { createReadRecorder, plainValue, type ReadRecorder } from '../checks/recorded-reads.js';
import type { Rule } from '../checks/rule.js';
import { rules as catalogue } from '../checks/rules/index.js';
import type { Assessment } from '../schema/assessment.js';
import type { Profile } from '../schema/profile.js';
import { annualFactsOf } from './annual-facts-of.js';
import type { AssessmentDigest } from './assessment-digest.js';
import { type CheckFacts, type KeptViolation, keptIn, keptViolations } from './check-facts.js';
import { type DigestLanguages, keptLanguages } from './digest-languages.js';
import { DIGEST_VERSION } from './digest-version.js';
import { profileFingerprint } from './profile-fingerprint.js';

/** The digests of one assessment as it changes, each what `digestAssessment` gives for that version. */
export interface IncrementalDigest {
  /**
   * `languages`: the words of each other language the profile publishes in (digest-languages.ts);
   * `fingerprint`: the profile's (`profileFingerprint`), when the caller has it already.
   */
  digest(
    assessment: Assessment,
    profile: Profile,
    languages: DigestLanguages,
    fingerprint?: string,
  ): AssessmentDigest;
}

/**
 * Digests for a run of versions of one assessment (a session's saves), working out only the rules whose
 * reads changed. Each rule runs on a context whose assessment notes the paths it reads and what it found
 * (checks/recorded-reads.ts); its violations, or a clock rule's facts, are kept with those notes. For the
 * next version, the notes are compared with it by value and only the rules that read something different
 * run again: a rule is a function of what it reads, so the others would give what they gave. A new
 * profile starts afresh. An edit of one field re-runs the few rules that read it instead of all of them.
 */
export function createIncrementalDigest(): IncrementalDigest {
  let fingerprint: string | undefined;
  let reads: ReadRecorder = createReadRecorder();
  /** By rule index: what it gave on the last version it ran on, while its reads still hold. */
  let outputs = new Map<number, { value: unknown }>();
  return {
    digest(assessment, profile, languages, current = profileFingerprint(profile)) {
      // The profile's languages are among the parts it is fingerprinted by: a new set starts afresh too.
      if (current !== fingerprint) {
        fingerprint = current;
        reads = createReadRecorder();
        outputs = new Map();
      }
      const worded = [englishCheckLanguage, ...keptLanguages(profile, languages)];
      for (const stale of reads.changedReaders(assessment)) outputs.delete(stale);
      const outputOf = (index: number, rule: Rule) => {
        let kept = outputs.get(index);
        if (!kept) {
          kept = {
            value: reads.record(index, (document) =>
              ruleOutput(rule, document as Assessment, profile, worded),
            ),
          };
          outputs.set(index, kept);
        }
        return kept.value;
      };
      const screenedOut = screenedOutOf(assessment);
      const kept = worded.map((): KeptViolation[] => []);
      const clockFacts: Record<string, unknown> = {};
      for (let index = 0; index < catalogue.length; index++) {
        const rule = catalogue[index] as Rule;
        if (rule.clock) clockFacts[rule.id] = outputOf(index, rule);
        else if (severityOf(rule, profile, screenedOut)) {
          (outputOf(index, rule) as KeptViolation[][]).forEach((violations, language) => {
            for (const violation of violations) kept[language]?.push(violation);
          });
        }
      }
      const checks: CheckFacts = {
        profileFingerprint: current,
        screenedOut,
        ...keptIn(worded, kept),
        clockFacts,
      };
      return { digestVersion: DIGEST_VERSION, annual: annualFactsOf(assessment), checks };
    },
  };
}

/** What a digest keeps of one rule: a clock rule's facts; any other rule's violations, in each language. */
function ruleOutput(rule: Rule, assessment: Assessment, profile: Profile, worded: readonly CheckLanguage[]) {
  if (rule.clock) return plainValue(rule.clock.facts(createCheckContext(assessment, profile)));
  return worded.map((language) =>
    keptViolations(rule, rule.evaluate(createCheckContext(assessment, profile, undefined, language))),
  );
}
