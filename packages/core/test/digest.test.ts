import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCheckContext } from '../src/checks/context.js';
import {
  check,
  checkLanguage,
  digestAssessment,
  digestFindings,
  findingsJudge,
  rules,
} from '../src/checks.js';
import { welshMessages } from '../src/cy.js';
import {
  type AssessmentDigest,
  type CheckContext,
  cafcassProfile,
  DIGEST_VERSION,
  defaultProfile,
  Profile,
  wording,
  workedExample,
} from '../src/index.js';
import { assessment, instant, profile } from './checks/arbitraries.js';
import { now } from './checks/fixtures.js';

/** The digest as a store gives it back: through JSON. */
const stored = (digest: AssessmentDigest): AssessmentDigest => JSON.parse(JSON.stringify(digest));

const welsh = checkLanguage(wording(welshMessages));
/** The words every digest here is given: a profile that publishes in Welsh keeps its violations in it. */
const languages = [welsh];

/** Any profile, publishing in English alone, or in Welsh and English either way round. */
const publishingProfile = fc
  .tuple(
    profile,
    fc.constantFrom(
      undefined,
      { publishes: ['cy', 'en'], default: 'cy' },
      { publishes: ['en', 'cy'], default: 'en' },
    ),
  )
  .map(([p, publishing]) => (publishing ? Profile.parse({ ...p, languages: publishing }) : p));

/** Any profile, publishing in Welsh and English. */
const welshProfile = profile.map((p) =>
  Profile.parse({ ...p, languages: { publishes: ['cy', 'en'], default: 'cy' } }),
);

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
      fc.property(assessment, publishingProfile, instant, (a, p, later) => {
        const digest = stored(digestAssessment(a, p, languages));
        expect(digestFindings(digest, p, { now: later })).toEqual(check(a, p, { now: later }));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('are, in each language the profile publishes in, the findings of check() in it', () => {
    fc.assert(
      fc.property(assessment, publishingProfile, instant, (a, p, later) => {
        const digest = stored(digestAssessment(a, p, languages));
        const inWelsh = digestFindings(digest, p, { now: later, language: welsh });
        if (p.languages?.publishes.includes('cy'))
          expect(inWelsh).toEqual(check(a, p, { now: later, language: welsh }));
        // Kept in English alone: a Welsh reader checks the assessment.
        else expect(inWelsh).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('keep a Welsh body’s violations in Welsh, and an English body’s in English alone', () => {
    const bilingual = Profile.parse({
      ...cafcassProfile,
      languages: { publishes: ['cy', 'en'], default: 'cy' },
    });
    const digest = digestAssessment(workedExample, bilingual, languages);
    expect(digest.checks.violationsIn?.cy?.map((kept) => kept.path)).toEqual(
      digest.checks.violations.map((kept) => kept.path),
    );
    expect(digest.checks.violationsIn?.cy?.[0]?.message).not.toBe(digest.checks.violations[0]?.message);
    expect(digestAssessment(workedExample, cafcassProfile, languages).checks).not.toHaveProperty(
      'violationsIn',
    );
    // Without the Welsh words, such a digest would pass for current and lack them: that is a bug.
    expect(() => digestAssessment(workedExample, bilingual, [])).toThrowErrorMatchingInlineSnapshot(
      `[Error: eqia: a digest under a profile that publishes in "cy" was made without its words.]`,
    );
  });

  it('are the same on the worked example, whose findings include clock rules', () => {
    const digest = stored(digestAssessment(workedExample, cafcassProfile, languages));
    const later = '2031-06-01T09:00:00Z';
    expect(digestFindings(digest, cafcassProfile, { now })).toEqual(
      check(workedExample, cafcassProfile, { now }),
    );
    const stale = digestFindings(digest, cafcassProfile, { now: later });
    expect(stale).toEqual(check(workedExample, cafcassProfile, { now: later }));
    expect(stale?.map((finding) => finding.ruleId)).toContain('review-date-set');
  });

  it('cannot be given under another profile, or from another digest version: the caller checks the assessment', () => {
    const digest = digestAssessment(workedExample, cafcassProfile, languages);
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
    const digest = stored(digestAssessment(workedExample, older as Profile, languages));
    const read = Profile.parse(older);
    expect(read).not.toEqual(older);
    expect(digestFindings(digest, read, { now })).toEqual(check(workedExample, read, { now }));
  });

  it('refuses a malformed clock as check() does', () => {
    const digest = digestAssessment(workedExample, cafcassProfile, languages);
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
      fc.property(
        fc.array(assessment, { minLength: 1, maxLength: 6 }),
        welshProfile,
        instant,
        (all, p, later) => {
          const judge = findingsJudge(p, { now: later });
          const judgeInWelsh = findingsJudge(p, { now: later, language: welsh });
          for (const a of all) {
            const digest = stored(digestAssessment(a, p, languages));
            expect(judge(digest.checks)).toEqual(check(a, p, { now: later }));
            expect(judgeInWelsh(digest.checks)).toEqual(check(a, p, { now: later, language: welsh }));
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  it('are given for no digest made under another profile, and refuse a malformed clock at once', () => {
    const digest = digestAssessment(workedExample, cafcassProfile, languages);
    expect(findingsJudge(defaultProfile, { now })(digest.checks)).toBeUndefined();
    expect(() => findingsJudge(cafcassProfile, { now: 'tomorrow' })).toThrow(/not an ISO date-time/);
  });
});
