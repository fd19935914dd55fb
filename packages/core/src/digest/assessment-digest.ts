import type { Finding } from '../checks/finding.js';
import type { CheckLanguage } from '../checks/language.js';
import type { Assessment } from '../schema/assessment.js';
import type { IsoDateTime } from '../schema/common.js';
import type { Profile } from '../schema/profile.js';
import type { AnnualFacts } from './annual-facts.js';
import { annualFactsOf } from './annual-facts-of.js';
import { type CheckFacts, checkFactsOf, findingsFromFacts } from './check-facts.js';
import type { DigestLanguages } from './digest-languages.js';
import { DIGEST_VERSION, isCurrentDigest } from './digest-version.js';

export { DIGEST_VERSION, isCurrentDigest };

/**
 * What reports and whole-store checks need of an assessment, worked out when it is saved and kept next
 * to it, a few kilobytes instead of the whole content: reading ten thousand of them is what keeps the
 * annual report and `check --all` within seconds.
 */
export interface AssessmentDigest {
  digestVersion: number;
  annual: AnnualFacts;
  checks: CheckFacts;
}

/**
 * The digest of an assessment as it stands, with its checks under this profile, their violations worded
 * in English and in each other language it publishes in (`languages`: their words, digest-languages.ts).
 */
export function digestAssessment(
  assessment: Assessment,
  profile: Profile,
  languages: DigestLanguages,
  fingerprint?: string,
): AssessmentDigest {
  return {
    digestVersion: DIGEST_VERSION,
    annual: annualFactsOf(assessment),
    checks: checkFactsOf(assessment, profile, languages, fingerprint),
  };
}

/** The parts a digest has: a store may read only the one a query needs. */
export type DigestPart = 'annual' | 'checks';

/**
 * The findings `check(assessment, profile, { now, language })` gives, from the digest alone (its `checks`
 * part); undefined when the digest cannot say (another digest version, made under a different profile,
 * or not kept in that language): check the assessment.
 */
export function digestFindings(
  digest: Pick<AssessmentDigest, 'digestVersion' | 'checks'>,
  profile: Profile,
  options: { now: IsoDateTime; language?: CheckLanguage },
): Finding[] | undefined {
  return isCurrentDigest(digest) ? findingsFromFacts(digest.checks, profile, options) : undefined;
}
