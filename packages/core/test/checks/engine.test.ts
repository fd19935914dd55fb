import { describe, expect, it } from 'vitest';
import { check, ruleExamples, rules } from '../../src/checks.js';
import {
  blockingFindings,
  cafcassProfile,
  createAssessment,
  defaultProfile,
  Profile,
  sectionIds,
  ValidationError,
  workedExample,
} from '../../src/index.js';
import { now, screenedOutExample, variant } from './fixtures.js';

const ruleIds = (assessment = workedExample, at = now) =>
  [...new Set(check(assessment, cafcassProfile, { now: at }).map((f) => f.ruleId))].sort();

describe('the worked example', () => {
  it('passes every check, with no errors and no warnings', () => {
    expect(check(workedExample, cafcassProfile, { now })).toEqual([]);
  });

  it('concludes every characteristic of the Cafcass profile, carers and language included', () => {
    expect(Object.keys(workedExample.analysis)).toEqual([
      'age',
      'disability',
      'gender_reassignment',
      'marriage_civil_partnership',
      'pregnancy_maternity',
      'race',
      'religion_belief',
      'sex',
      'sexual_orientation',
      'carers',
      'language',
    ]);
  });

  it.each([
    {
      breaks: 'religion or belief left unassessed',
      variant: variant((d) => {
        d.analysis.religion_belief!.status = 'not_assessed';
      }),
      fires: ['characteristic-concluded'],
    },
    {
      breaks: 'the interpreter mitigation removed',
      variant: variant((d) => {
        d.analysis.language!.impacts[0]!.mitigation = '';
      }),
      fires: ['negative-impact-mitigated'],
    },
    {
      breaks: 'the decision already taken',
      variant: variant((d) => {
        d.decision.date = '2026-02-27';
      }),
      fires: ['decision-after-sign-off'],
    },
    {
      breaks: 'outcome "continue" without justification',
      variant: variant((d) => {
        d.outcome!.kind = 'continue';
      }),
      fires: ['continue-justified', 'unlawful-discrimination-not-continued'],
    },
    {
      breaks: 'the intersectional impact and its action removed',
      variant: variant((d) => {
        d.intersectionality.impacts = [];
        d.actions = d.actions.filter((a) => a.id !== 'act-child-voice');
      }),
      fires: ['intersectionality-considered'],
    },
    {
      breaks: 'the BSL recording action dropped',
      variant: variant((d) => {
        d.actions.find((a) => a.id === 'act-bsl-recording')!.status = 'dropped';
      }),
      fires: ['data-gap-has-action'],
    },
    {
      breaks: 'no engagement and no consultation evidence',
      variant: variant((d) => {
        d.engagement = [];
        for (const item of d.evidence.items) if (item.kind !== 'census') item.kind = 'data';
      }),
      fires: ['engagement-reaches-affected', 'engagement-recorded', 'high-severity-engaged'],
    },
    {
      breaks: 'reasoning pasted between two characteristics',
      variant: variant((d) => {
        d.analysis.sexual_orientation!.reasoning = d.analysis.gender_reassignment!.reasoning;
      }),
      fires: ['reasoning-not-pasted'],
    },
    {
      breaks: 'the general duty statement for aim (b) removed',
      variant: variant((d) => {
        d.generalDuty.advanceEquality = '';
      }),
      fires: ['general-duty-statements'],
    },
    {
      breaks: 'an action without an owner',
      variant: variant((d) => {
        d.actions[0]!.owner = '';
      }),
      fires: ['action-complete'],
    },
  ])('fires only $fires when $breaks', ({ variant: broken, fires }) => {
    expect(ruleIds(broken)).toEqual(fires);
  });

  it('falls due a year later: the decision date and the review date have both passed', () => {
    expect(ruleIds(workedExample, '2027-03-01T09:00:00Z')).toEqual([
      'decision-after-sign-off',
      'review-date-set',
    ]);
  });
});

describe('the engine', () => {
  it('passes the screened-out example and runs no analysis rule on it', () => {
    expect(check(screenedOutExample, cafcassProfile, { now })).toEqual([]);
    expect(Object.keys(screenedOutExample.analysis)).toEqual([]);
  });

  it('runs no screening-out rule on a full assessment', () => {
    const broken = variant((d) => {
      d.screening.answers = {};
    });
    expect(check(broken, cafcassProfile, { now })).toEqual([]);
  });

  it('blocks a new assessment on what is missing, naming each characteristic of the profile', () => {
    const fresh = createAssessment({
      id: 'eqia-new',
      title: 'New policy',
      createdBy: 'amara',
      createdAt: now,
      profile: defaultProfile,
    });
    const blocking = blockingFindings(check(fresh, defaultProfile, { now }));
    expect(
      blocking.filter((f) => f.ruleId === 'characteristic-concluded').map((f) => f.message),
    ).toHaveLength(9);
    expect([...new Set(blocking.map((f) => f.ruleId))]).toEqual([
      'policy-aims-stated',
      'audiences-identified',
      'decision-maker-named',
      'screening-decided',
      'characteristic-concluded',
      'general-duty-statements',
      'outcome-recorded',
      'review-date-set',
    ]);
  });

  it('takes severities from the profile, and drops rules it turns off', () => {
    const strict = Profile.parse({
      ...cafcassProfile,
      ruleOverrides: { 'decision-maker-briefed': 'error', 'characteristic-concluded': 'off' },
    });
    const broken = variant((d) => {
      d.decision.makerBriefed = false;
      d.analysis.race!.status = 'not_assessed';
    });
    expect(check(broken, cafcassProfile, { now }).map((f) => [f.ruleId, f.severity])).toEqual([
      ['decision-maker-briefed', 'warning'],
      ['characteristic-concluded', 'error'],
    ]);
    expect(check(broken, strict, { now }).map((f) => [f.ruleId, f.severity])).toEqual([
      ['decision-maker-briefed', 'error'],
    ]);
  });

  it('gives each finding the rule’s reason and hint, and the section its path starts in', () => {
    const broken = variant((d) => {
      d.engagement = [];
      for (const item of d.evidence.items) if (item.kind !== 'census') item.kind = 'data';
    });
    const [finding] = check(broken, cafcassProfile, { now }).filter(
      (f) => f.ruleId === 'high-severity-engaged',
    );
    const rule = rules.find((r) => r.id === 'high-severity-engaged')!;
    expect(finding).toMatchObject({ section: 'analysis', why: rule.why, hint: rule.hint, severity: 'error' });
    expect(rule.section).toBe('engagement');
  });

  it('refuses a clock that is not an ISO date-time, saying what to pass', () => {
    expect(() =>
      check(workedExample, cafcassProfile, { now: 'next Tuesday' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: The check clock "next Tuesday" is not an ISO date-time: pass one such as 2026-03-02T10:00:00Z.]`,
    );
    expect(() => check(workedExample, cafcassProfile, { now: '' })).toThrow(ValidationError);
  });
});

describe('the catalogue', () => {
  it('has unique, stable kebab-case ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('gives every rule a title, a reason, a hint, examples and a real section', () => {
    for (const rule of rules) {
      expect(sectionIds).toContain(rule.section);
      const examples = ruleExamples[rule.id];
      for (const text of [rule.title, rule.why, rule.hint, examples?.pass ?? '', examples?.fail ?? '']) {
        expect(text.trim().length, rule.id).toBeGreaterThan(5);
      }
    }
  });

  it('has examples for exactly the rules of the catalogue', () => {
    expect(Object.keys(ruleExamples).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  it('covers every rule of the design brief', () => {
    const ids = rules.map((r) => r.id);
    for (const id of [
      'characteristic-concluded',
      'no-impact-reasoned',
      'negative-impact-mitigated',
      'high-severity-engaged',
      'unknown-impact-has-action',
      'data-gap-has-action',
      'action-complete',
      'outcome-fits-impacts',
      'continue-justified',
      'unlawful-discrimination-not-continued',
      'general-duty-statements',
      'marriage-aim-a-only',
      'intersectionality-considered',
      'decision-after-sign-off',
      'screening-out-reasoned',
      'screening-out-authorised',
      'review-date-set',
      'evidence-fresh',
      'reasoning-not-pasted',
    ]) {
      expect(ids).toContain(id);
    }
  });
});
