import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCheckContext } from '../src/checks/context.js';
import { check, digestAssessment, digestFindings, findingsJudge, rules } from '../src/checks.js';
import {
  type AssessmentDigest,
  type CheckContext,
  cafcassProfile,
  DIGEST_VERSION,
  defaultProfile,
  Profile,
  workedExample,
} from '../src/index.js';
import { assessment, instant, profile } from './checks/arbitraries.js';
import { now } from './checks/fixtures.js';

/** The digest as a store gives it back: through JSON. */
const stored = (digest: AssessmentDigest): AssessmentDigest => JSON.parse(JSON.stringify(digest));

/** A context whose clock throws when read. */
function clocklessContext(context: CheckContext): CheckContext {
  const refuse = () => {
    throw new Error('read the clock');
  };
  return Object.defineProperties({ ...context }, { now: { get: refuse }, today: { get: refuse } });
}

describe('the findings of a digest', () => {
  it('are the findings of check() on the assessment, for any assessment, profile and later clock', () => {
    fc.assert(
      fc.property(assessment, profile, instant, (a, p, later) => {
        const digest = stored(digestAssessment(a, p));
        expect(digestFindings(digest, p, { now: later })).toEqual(check(a, p, { now: later }));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('are the same on the worked example, whose findings include clock rules', () => {
    const digest = stored(digestAssessment(workedExample, cafcassProfile));
    const later = '2031-06-01T09:00:00Z';
    expect(digestFindings(digest, cafcassProfile, { now })).toEqual(
      check(workedExample, cafcassProfile, { now }),
    );
    const stale = digestFindings(digest, cafcassProfile, { now: later });
    expect(stale).toEqual(check(workedExample, cafcassProfile, { now: later }));
    expect(stale?.map((finding) => finding.ruleId)).toContain('review-date-set');
  });

  it('cannot be given under another profile, or from another digest version: the caller checks the assessment', () => {
    const digest = digestAssessment(workedExample, cafcassProfile);
    expect(digestFindings(digest, defaultProfile, { now })).toBeUndefined();
    const changed = { ...cafcassProfile, reviewIntervalMonths: cafcassProfile.reviewIntervalMonths + 1 };
    expect(digestFindings(digest, changed, { now })).toBeUndefined();
    expect(
      digestFindings({ ...digest, digestVersion: DIGEST_VERSION - 1 }, cafcassProfile, { now }),
    ).toBeUndefined();
  });

  it('are given under a profile stored before its defaulted fields existed, once the schema reads it', () => {
    const older: Record<string, unknown> = { ...cafcassProfile };
    for (const field of ['jurisdiction', 'keys', 'signing', 'changes', 'publishing']) delete older[field];
    const digest = stored(digestAssessment(workedExample, older as Profile));
    const read = Profile.parse(older);
    expect(read).not.toEqual(older);
    expect(digestFindings(digest, read, { now })).toEqual(check(workedExample, read, { now }));
  });

  it('refuses a malformed clock as check() does', () => {
    const digest = digestAssessment(workedExample, cafcassProfile);
    expect(() =>
      digestFindings(digest, cafcassProfile, { now: 'tomorrow' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: The check clock "tomorrow" is not an ISO date-time: pass one such as 2026-03-02T10:00:00Z.]`,
    );
  });
});

describe('rules and the clock', () => {
  it('marks exactly the rules that judge dates against today', () => {
    const marked = rules.filter((rule) => rule.clock).map((rule) => rule.id);
    expect(marked.sort()).toEqual(['decision-after-sign-off', 'evidence-fresh', 'review-date-set']);
  });

  it('a rule not marked never reads now or today, and a clock rule reads them only in its judgement', () => {
    fc.assert(
      fc.property(assessment, profile, instant, (a, p, clock) => {
        const context = clocklessContext(createCheckContext(a, p, clock));
        for (const rule of rules) {
          if (rule.clock) rule.clock.facts(context);
          else rule.evaluate(context);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('the findings of many digests judged on one clock', () => {
  it('are, assessment by assessment, the findings of check() on each', () => {
    fc.assert(
      fc.property(fc.array(assessment, { minLength: 1, maxLength: 6 }), profile, instant, (all, p, later) => {
        const judge = findingsJudge(p, { now: later });
        for (const a of all) {
          const digest = stored(digestAssessment(a, p));
          expect(judge(digest.checks)).toEqual(check(a, p, { now: later }));
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('are given for no digest made under another profile, and refuse a malformed clock at once', () => {
    const digest = digestAssessment(workedExample, cafcassProfile);
    expect(findingsJudge(defaultProfile, { now })(digest.checks)).toBeUndefined();
    expect(() => findingsJudge(cafcassProfile, { now: 'tomorrow' })).toThrow(/not an ISO date-time/);
  });
});
