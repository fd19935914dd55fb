import type { Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/checks.js';
import { type Assessment, workedExample } from '../../src/index.js';
import { findingsOf, screenedOutExample, variant } from './fixtures.js';
import { type RuleCase, rigourCases } from './rigour-cases.js';
import { bilingualExample, bilingualProfile, welshCases } from './welsh-cases.js';

const analysis = (draft: Draft<Assessment>, id: string) => draft.analysis[id]!;
const impact = (draft: Draft<Assessment>, characteristic: string, index = 0) =>
  analysis(draft, characteristic).impacts[index]!;
const action = (draft: Draft<Assessment>, id: string) => draft.actions.find((a) => a.id === id)!;

const cases: RuleCase[] = [
  {
    rule: 'policy-aims-stated',
    breaks: 'empty aims',
    fail: (d) => {
      d.policy.aims = '';
    },
    expected: [['The policy’s aims and intended outcomes are not stated.', 'policy.aims']],
  },
  {
    rule: 'audiences-identified',
    breaks: 'an impact on staff when staff are not listed',
    fail: (d) => {
      d.policy.audiences = ['children_young_people', 'parents_carers_families'];
    },
    expected: [
      [
        'Staff are affected by the Disability impact "imp-disability-staff", but are not among the policy’s audiences.',
        'analysis.disability.impacts.1.audience',
      ],
    ],
  },
  {
    rule: 'audiences-identified',
    breaks: 'no audiences, and one unknown to the profile',
    fail: (d) => {
      d.policy.audiences = [];
    },
    expected: [['No audiences are listed for the policy.', 'policy.audiences']],
    screenedOut: true,
  },
  {
    rule: 'decision-maker-named',
    breaks: 'no decision maker',
    fail: (d) => {
      d.decision.maker = '';
      d.decision.makerRole = '';
    },
    expected: [['No decision maker is recorded.', 'decision.maker']],
  },
  {
    rule: 'decision-maker-briefed',
    breaks: 'decision maker not briefed',
    fail: (d) => {
      d.decision.makerBriefed = false;
    },
    expected: [
      [
        'Nothing records that the decision maker is told of the equality duty and given this assessment.',
        'decision.makerBriefed',
      ],
    ],
  },
  {
    rule: 'decision-date-set',
    breaks: 'no decision date',
    fail: (d) => {
      delete d.decision.date;
    },
    expected: [['The date of the decision is not recorded.', 'decision.date']],
  },
  {
    rule: 'decision-after-sign-off',
    breaks: 'a decision already taken while the assessment is being written',
    fail: (d) => {
      d.decision.date = '2026-02-20';
    },
    expected: [
      [
        'The decision is dated 2026-02-20, but this assessment is not signed off yet (today is 2026-03-02).',
        'decision.date',
      ],
    ],
  },
  {
    rule: 'decision-after-sign-off',
    breaks: 'a decision dated before the senior sign-off',
    fail: (d) => {
      d.decision.date = '2026-03-01';
      d.review.approvals.push({
        stage: 'senior_sign_off',
        decision: 'approved',
        by: 'sam',
        role: 'approver',
        at: '2026-03-09T16:00:00Z',
        attestation: 'I have read it.',
        comment: '',
      });
    },
    expected: [
      [
        'The decision is dated 2026-03-01, before this assessment was signed off on 2026-03-09.',
        'decision.date',
      ],
    ],
  },
  {
    rule: 'screening-decided',
    breaks: 'no screening decision',
    fail: (d) => {
      delete d.screening.decision;
    },
    expected: [['No screening decision is recorded: full assessment or not required.', 'screening.decision']],
  },
  {
    rule: 'screening-out-reasoned',
    breaks: 'race unsure, carers unanswered, age unreasoned, no rationale',
    screenedOut: true,
    fail: (d) => {
      d.screening.answers.race!.relevance = 'unsure';
      d.screening.answers.age!.reason = '';
      delete d.screening.answers.carers;
      d.screening.decision!.rationale = ' ';
    },
    expected: [
      ['The screening-out has no overall rationale.', 'screening.decision.rationale'],
      ['Age is marked not relevant without a reason.', 'screening.answers.age.reason'],
      ['Race is marked unsure: find out, or do a full assessment.', 'screening.answers.race.relevance'],
      ['Carers has no screening answer.', 'screening.answers.carers'],
    ],
  },
  {
    rule: 'screening-out-authorised',
    breaks: 'screened out by the author with no senior stage to authorise it',
    screenedOut: true,
    fail: (d) => {
      for (const stage of d.approvalChain) stage.senior = false;
    },
    expected: [
      [
        'Nobody senior authorises this screening-out: its approval chain has no senior stage, and ben, who decided it, holds no senior role.',
        'screening.decision.decidedBy',
      ],
    ],
  },
  {
    rule: 'evidence-described',
    breaks: 'evidence without source or date, and an undescribed gap',
    fail: (d) => {
      const digital = d.evidence.items.find((i) => i.id === 'ev-digital')!;
      digital.source = '';
      digital.url = '';
      delete digital.date;
      d.evidence.gaps[0]!.description = '';
    },
    expected: [
      [
        'Evidence "Adults\' media use and attitudes report 2025" is missing a source and a date.',
        'evidence.items.4',
      ],
      ['Data gap "gap-trans-lgb" does not say what is not known.', 'evidence.gaps.0.description'],
    ],
  },
  {
    rule: 'evidence-fresh',
    breaks: 'pilot data from 2022 and a census from 2011',
    fail: (d) => {
      d.evidence.items[1]!.date = '2023-03-01';
      d.evidence.items[2]!.date = '2012-12-11';
    },
    expected: [
      [
        'Evidence "Video FHDRA pilot in three designated family judge areas: attendance and adjournments" is dated 2023-03-01, older than the 36-month freshness limit.',
        'evidence.items.1.date',
      ],
      [
        'Evidence "Census 2021: main language and English proficiency" is dated 2012-12-11, older than the 120-month freshness limit.',
        'evidence.items.2.date',
      ],
    ],
  },
  {
    rule: 'data-gap-has-action',
    breaks: 'the only action for a gap dropped',
    fail: (d) => {
      action(d, 'act-bsl-recording').status = 'dropped';
    },
    expected: [['Data gap "gap-bsl" has no action to fill it.', 'evidence.gaps.2.actionIds']],
  },
  {
    rule: 'references-resolve',
    breaks: 'links to evidence and an action that do not exist',
    fail: (d) => {
      impact(d, 'age').evidenceIds.push('ev-missing');
      analysis(d, 'sex').gapIds.push('gap-missing');
      action(d, 'act-opt-out').impactIds.push('imp-missing');
    },
    expected: [
      ['The Sex analysis links data gap "gap-missing", which does not exist.', 'analysis.sex.gapIds.0'],
      [
        'Impact "imp-age-children" links evidence "ev-missing", which does not exist.',
        'analysis.age.impacts.0.evidenceIds.1',
      ],
      ['Action "act-opt-out" links impact "imp-missing", which does not exist.', 'actions.0.impactIds.2'],
    ],
  },
  {
    rule: 'engagement-recorded',
    breaks: 'no engagement',
    fail: (d) => {
      d.engagement = [];
    },
    expected: [['No engagement with affected people or their representatives is recorded.', 'engagement']],
  },
  {
    rule: 'engagement-responses-recorded',
    breaks: 'an engagement that records neither date nor what changed',
    fail: (d) => {
      delete d.engagement[3]!.date;
      d.engagement[3]!.whatChanged = '';
    },
    expected: [
      [
        "The engagement with Women's Aid and a domestic abuse practitioners' panel does not record when it happened and what changed as a result.",
        'engagement.3',
      ],
    ],
  },
  {
    rule: 'high-severity-engaged',
    breaks: 'high-severity impacts with no engagement and no consultation evidence',
    fail: (d) => {
      d.engagement = [];
      for (const item of d.evidence.items) item.kind = 'data';
    },
    expected: [
      [
        'The Disability impact "imp-disability-parents" on Parents, carers and families is high severity, but no engagement or consultation evidence covers disability.',
        'analysis.disability.impacts.0',
      ],
      [
        'The Sex impact "imp-sex-domestic-abuse" on Parents, carers and families is high severity, but no engagement or consultation evidence covers sex.',
        'analysis.sex.impacts.0',
      ],
    ],
  },
  {
    rule: 'characteristic-concluded',
    breaks: 'religion or belief not assessed, language missing',
    fail: (d) => {
      analysis(d, 'religion_belief').status = 'not_assessed';
      delete d.analysis.language;
    },
    expected: [
      ['Religion or belief has not been assessed.', 'analysis.religion_belief.status'],
      ['Language has not been assessed.', 'analysis.language.status'],
    ],
  },
  {
    rule: 'no-impact-reasoned',
    breaks: '"no impact" with no reasoning and nothing cited',
    fail: (d) => {
      const religion = analysis(d, 'religion_belief');
      religion.reasoning = '';
      religion.evidenceIds = [];
    },
    expected: [
      [
        'Religion or belief is concluded as no impact without reasoning.',
        'analysis.religion_belief.reasoning',
      ],
      [
        'Religion or belief is concluded as no impact without citing evidence or a data gap.',
        'analysis.religion_belief.evidenceIds',
      ],
    ],
  },
  {
    rule: 'reasoning-specific',
    breaks: 'a one-line "not relevant"',
    fail: (d) => {
      analysis(d, 'religion_belief').reasoning = 'Not relevant to this policy.';
    },
    expected: [
      [
        'The reasoning for Religion or belief is too short to show how it was considered.',
        'analysis.religion_belief.reasoning',
      ],
    ],
  },
  {
    rule: 'reasoning-specific',
    breaks: 'a one-line screening reason on a screening-out',
    screenedOut: true,
    fail: (d) => {
      d.screening.answers.sex!.reason = 'N/A';
    },
    expected: [
      ['The reasoning for Sex is too short to show how it was considered.', 'screening.answers.sex.reason'],
    ],
  },
  {
    rule: 'reasoning-not-pasted',
    breaks: 'the same sentence with only the characteristic changed',
    fail: (d) => {
      analysis(d, 'religion_belief').reasoning =
        'No impact on religion or belief has been identified from the evidence we hold.';
      analysis(d, 'sexual_orientation').reasoning =
        'No impact on sexual orientation has been identified from the evidence we hold.';
    },
    expected: [
      [
        'The reasoning for Sexual orientation repeats the reasoning for Religion or belief.',
        'analysis.sexual_orientation.reasoning',
      ],
    ],
  },
  {
    rule: 'reasoning-not-pasted',
    breaks: 'screening reasons pasted on a screening-out',
    screenedOut: true,
    fail: (d) => {
      d.screening.answers.carers!.reason = d.screening.answers.age!.reason;
    },
    expected: [
      ['The reasoning for Carers repeats the reasoning for Age.', 'screening.answers.carers.reason'],
    ],
  },
  {
    rule: 'impacts-listed',
    breaks: '"impacts identified" with none, and "no impact" listing one',
    fail: (d) => {
      analysis(d, 'sex').impacts = [];
      analysis(d, 'pregnancy_maternity').status = 'no_impact';
    },
    expected: [
      [
        'Pregnancy and maternity is concluded as no impact, but lists the positive impact "imp-pregnancy-parents".',
        'analysis.pregnancy_maternity.impacts.0',
      ],
      ['Sex is concluded as having impacts, but none is described.', 'analysis.sex.impacts'],
    ],
  },
  {
    rule: 'impact-described',
    breaks: 'a negative impact with no severity and no description',
    fail: (d) => {
      delete impact(d, 'age', 1).severity;
      impact(d, 'age', 1).description = '';
    },
    expected: [
      [
        'The Age impact "imp-age-older-parties" on Parents, carers and families is not described.',
        'analysis.age.impacts.1.description',
      ],
      [
        'The Age impact "imp-age-older-parties" on Parents, carers and families is negative but has no severity.',
        'analysis.age.impacts.1.severity',
      ],
    ],
  },
  {
    rule: 'impact-evidenced',
    breaks: 'a positive impact citing nothing',
    fail: (d) => {
      impact(d, 'pregnancy_maternity').evidenceIds = [];
    },
    expected: [
      [
        'The Pregnancy and maternity impact "imp-pregnancy-parents" on Parents, carers and families cites no evidence.',
        'analysis.pregnancy_maternity.impacts.0.evidenceIds',
      ],
    ],
  },
  {
    rule: 'negative-impact-mitigated',
    breaks: 'a negative impact with no mitigation',
    fail: (d) => {
      impact(d, 'language').mitigation = '';
    },
    expected: [
      [
        'The Language impact "imp-language-interpreters" on Parents, carers and families is negative and has no mitigation.',
        'analysis.language.impacts.0.mitigation',
      ],
    ],
  },
  {
    rule: 'negative-impact-mitigated',
    breaks: 'an intersectional negative impact, unmitigated under "continue"',
    fail: (d) => {
      d.outcome!.kind = 'continue';
      d.intersectionality.impacts[0]!.mitigation = '';
    },
    expected: [
      [
        'The Race × Sex × Age impact "imp-int-black-boys" on Children and young people has neither mitigation nor a justification for continuing.',
        'intersectionality.impacts.0.mitigation',
      ],
    ],
  },
  {
    rule: 'residual-impact-justified',
    breaks: 'a medium residual impact with no justification, and an unrated one',
    fail: (d) => {
      impact(d, 'language').residualSeverity = 'medium';
      delete impact(d, 'sex').residualSeverity;
    },
    expected: [
      [
        'The Sex impact "imp-sex-domestic-abuse" on Parents, carers and families is mitigated, but how severe it remains is not rated.',
        'analysis.sex.impacts.0.residualSeverity',
      ],
      [
        'The Language impact "imp-language-interpreters" on Parents, carers and families remains medium after mitigation, with no justification.',
        'analysis.language.impacts.0.justification',
      ],
    ],
  },
  {
    rule: 'unknown-impact-has-action',
    breaks: 'an unknown impact with no action either way',
    fail: (d) => {
      impact(d, 'race').actionIds = [];
      action(d, 'act-ethnicity-analysis').impactIds = [];
    },
    expected: [
      [
        'The Race impact "imp-race-trust" on Parents, carers and families is unknown and has no action to find out.',
        'analysis.race.impacts.0.actionIds',
      ],
    ],
  },
  {
    rule: 'marriage-aim-a-only',
    breaks: 'a marriage impact on parents engaging aim (b)',
    fail: (d) => {
      const marriage = analysis(d, 'marriage_civil_partnership');
      marriage.status = 'impacts_identified';
      marriage.impacts.push({
        id: 'imp-marriage',
        audience: 'parents_carers_families',
        direction: 'negative',
        severity: 'low',
        aims: ['eliminateDiscrimination', 'advanceEquality'],
        description: 'Married parents are sent one joint link.',
        evidenceIds: [],
        mitigation: 'Separate links.',
        actionIds: [],
        justification: '',
      });
    },
    expected: [
      [
        'The Marriage and civil partnership impact "imp-marriage" engages aim (b), which the duty does not apply to for Marriage and civil partnership.',
        'analysis.marriage_civil_partnership.impacts.0.aims',
      ],
      [
        'The Marriage and civil partnership impact "imp-marriage" is on Parents, carers and families, but the duty covers Marriage and civil partnership only in work.',
        'analysis.marriage_civil_partnership.impacts.0.audience',
      ],
    ],
  },
  {
    rule: 'intersectionality-considered',
    breaks: 'no intersectional impact and no statement of none',
    fail: (d) => {
      d.intersectionality.impacts = [];
    },
    expected: [
      [
        'Age, Disability, Pregnancy and maternity, Race, Sex, Carers and Language have impacts, but no intersectional impact or reasoned statement of none is recorded.',
        'intersectionality.impacts',
      ],
    ],
  },
  {
    rule: 'cumulative-impact-considered',
    breaks: 'no cumulative impact',
    fail: (d) => {
      d.intersectionality.cumulativeImpact = '';
    },
    expected: [
      [
        'The cumulative impact of this policy with related policies is not considered.',
        'intersectionality.cumulativeImpact',
      ],
    ],
  },
  {
    rule: 'general-duty-statements',
    breaks: 'aim (c) left empty',
    fail: (d) => {
      d.generalDuty.fosterGoodRelations = '';
    },
    expected: [
      ['There is no statement for aim (c): foster good relations.', 'generalDuty.fosterGoodRelations'],
    ],
  },
  {
    rule: 'outcome-recorded',
    breaks: 'no outcome',
    fail: (d) => {
      delete d.outcome;
    },
    expected: [['No outcome is chosen.', 'outcome']],
  },
  {
    rule: 'outcome-recorded',
    breaks: 'an outcome with no rationale',
    fail: (d) => {
      d.outcome!.rationale = '';
    },
    expected: [['The outcome is chosen but not explained.', 'outcome.rationale']],
  },
  {
    rule: 'outcome-fits-impacts',
    breaks: '"no major change" with a negative impact that remains medium',
    fail: (d) => {
      d.outcome!.kind = 'no_major_change';
      impact(d, 'language').residualSeverity = 'medium';
    },
    expected: [
      [
        'The outcome is "no major change", but the Language impact "imp-language-interpreters" on Parents, carers and families remains medium.',
        'outcome.kind',
      ],
    ],
  },
  {
    rule: 'outcome-fits-impacts',
    breaks: '"adjust" with every action dropped',
    fail: (d) => {
      for (const a of d.actions) a.status = 'dropped';
    },
    expected: [['The outcome is "adjust", but no action says how the policy changes.', 'actions']],
  },
  {
    rule: 'continue-justified',
    breaks: '"continue" with no objective justification',
    fail: (d) => {
      d.outcome!.kind = 'continue';
    },
    expected: [
      ['The outcome is "continue", but the legitimate aim is not stated.', 'outcome.legitimateAim'],
      [
        'The outcome is "continue", but the less harmful alternatives considered are not stated.',
        'outcome.alternativesConsidered',
      ],
      [
        'The outcome is "continue", but why the means are proportionate is not stated.',
        'outcome.proportionality',
      ],
    ],
  },
  {
    rule: 'unlawful-discrimination-not-continued',
    breaks: '"continue" with a reasonable adjustments failure still in place',
    fail: (d) => {
      d.outcome!.kind = 'continue';
      impact(d, 'disability').residualSeverity = 'medium';
    },
    expected: [
      [
        'The outcome is "continue", but the Disability impact "imp-disability-parents" on Parents, carers and families risks a failure to make reasonable adjustments that is not removed.',
        'analysis.disability.impacts.0.discriminationRisk',
      ],
    ],
  },
  {
    rule: 'unlawful-discrimination-not-continued',
    breaks: '"no major change" with indirect discrimination not removed',
    fail: (d) => {
      d.outcome!.kind = 'no_major_change';
    },
    expected: [
      [
        'The outcome is "no major change", but the Age impact "imp-age-older-parties" on Parents, carers and families risks indirect discrimination that is not removed.',
        'analysis.age.impacts.1.discriminationRisk',
      ],
      [
        'The outcome is "no major change", but the Disability impact "imp-disability-parents" on Parents, carers and families risks a failure to make reasonable adjustments that is not removed.',
        'analysis.disability.impacts.0.discriminationRisk',
      ],
      [
        'The outcome is "no major change", but the Sex impact "imp-sex-domestic-abuse" on Parents, carers and families risks indirect discrimination that is not removed.',
        'analysis.sex.impacts.0.discriminationRisk',
      ],
      [
        'The outcome is "no major change", but the Language impact "imp-language-interpreters" on Parents, carers and families risks indirect discrimination that is not removed.',
        'analysis.language.impacts.0.discriminationRisk',
      ],
    ],
  },
  {
    rule: 'mitigation-has-action',
    breaks: 'a mitigation no action delivers',
    fail: (d) => {
      impact(d, 'language').actionIds = [];
      action(d, 'act-interpreter-protocol').impactIds = [];
    },
    expected: [
      [
        'The mitigation of the Language impact "imp-language-interpreters" on Parents, carers and families is not linked to any action.',
        'analysis.language.impacts.0.actionIds',
      ],
    ],
  },
  {
    rule: 'action-complete',
    breaks: 'an action with no owner and no measure',
    fail: (d) => {
      action(d, 'act-tech-check').owner = '';
      action(d, 'act-tech-check').measure = '';
    },
    expected: [['Action "act-tech-check" is missing an owner and a measure of success.', 'actions.1']],
  },
  {
    rule: 'action-linked',
    breaks: 'an action tied to nothing',
    fail: (d) => {
      d.actions.push({
        id: 'act-training',
        description: 'Equality training for all advisers.',
        impactIds: [],
        gapIds: [],
        owner: 'Learning team',
        dueDate: '2026-09-30',
        measure: 'All advisers trained.',
        status: 'open',
        updates: [],
      });
    },
    expected: [['Action "act-training" is not linked to any impact or data gap.', 'actions.9.impactIds']],
  },
  {
    rule: 'monitoring-arranged',
    breaks: 'no monitoring arrangements',
    fail: (d) => {
      d.monitoring.arrangements = '';
    },
    expected: [['How the policy’s effects will be monitored is not described.', 'monitoring.arrangements']],
  },
  {
    rule: 'review-date-set',
    breaks: 'no review date',
    fail: (d) => {
      delete d.monitoring.nextReviewDate;
    },
    expected: [['No review date is set.', 'monitoring.nextReviewDate']],
  },
  {
    rule: 'review-date-set',
    breaks: 'a review date that has passed',
    fail: (d) => {
      d.monitoring.nextReviewDate = '2026-03-02';
    },
    expected: [['The review date 2026-03-02 has passed (today is 2026-03-02).', 'monitoring.nextReviewDate']],
    screenedOut: true,
  },
  {
    rule: 'review-date-set',
    breaks: 'a review date beyond the 12-month interval',
    fail: (d) => {
      d.monitoring.nextReviewDate = '2027-03-03';
    },
    expected: [
      [
        'The review date 2027-03-03 is more than 12 months away (the latest is 2027-03-02).',
        'monitoring.nextReviewDate',
      ],
    ],
  },
  ...rigourCases,
  ...welshCases,
];

describe('each rule fires on content that breaks it and passes the worked examples', () => {
  it.each(cases)('$rule: $breaks', ({ rule, fail, expected, screenedOut, bilingual }) => {
    const base = bilingual ? bilingualExample : screenedOut ? screenedOutExample : workedExample;
    const profile = bilingual ? bilingualProfile : undefined;
    expect(findingsOf(rule, base, profile)).toEqual([]);
    const found = findingsOf(rule, variant(fail, base), profile).map((f) => [f.message, f.path]);
    expect(found).toEqual(expected);
  });

  it('has a failing case for every rule in the catalogue', () => {
    const covered = new Set(cases.map((c) => c.rule));
    expect(rules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('rules that distinguish lawful from unlawful content', () => {
  it('accepts "continue" for a justified indirect impact once the reasonable adjustments risk is removed', () => {
    const justified = variant((d) => {
      impact(d, 'disability').residualSeverity = 'none';
      d.outcome = {
        kind: 'continue',
        rationale: 'Continue with mitigations.',
        legitimateAim: 'Timely first hearings for children.',
        alternativesConsidered: 'More court sitting days: not funded.',
        proportionality: 'In-person attendance remains open on request.',
      };
      impact(d, 'language').residualSeverity = 'medium';
      impact(d, 'language').justification = 'Some delay remains, outweighed by earlier hearings for all.';
    });
    expect(findingsOf('unlawful-discrimination-not-continued', justified)).toEqual([]);
    expect(findingsOf('continue-justified', justified)).toEqual([]);
    expect(findingsOf('residual-impact-justified', justified)).toEqual([]);
  });

  it('accepts a continuing negative impact that is justified rather than mitigated', () => {
    const justified = variant((d) => {
      d.outcome!.kind = 'continue';
      impact(d, 'language').mitigation = '';
      impact(d, 'language').justification = 'Interpreted hearings can still be listed in person on request.';
    });
    expect(findingsOf('negative-impact-mitigated', justified)).toEqual([]);
  });

  it('counts a stakeholder group that speaks for a characteristic as engagement with it', () => {
    const viaStakeholder = variant((d) => {
      for (const item of d.evidence.items) item.kind = 'data';
      d.engagement = d.engagement.filter((e) => e.stakeholder === 'fjypb' || e.id === 'eng-domestic-abuse');
      d.engagement[0]!.characteristics = [];
    });
    expect(findingsOf('high-severity-engaged', viaStakeholder)).toEqual([]);
  });

  it('accepts a decision taken on or after the day of sign-off', () => {
    const signedOff = variant((d) => {
      d.decision.date = '2026-03-09';
      d.review.approvals.push({
        stage: 'senior_sign_off',
        decision: 'approved',
        by: 'sam',
        role: 'approver',
        at: '2026-03-09T09:00:00Z',
        attestation: 'I have read it.',
        comment: '',
      });
    });
    expect(findingsOf('decision-after-sign-off', signedOff)).toEqual([]);
  });
});
