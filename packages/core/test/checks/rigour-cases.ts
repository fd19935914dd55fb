import type { Draft } from 'immer';
import type { Assessment } from '../../src/index.js';

export type Recipe = (draft: Draft<Assessment>) => void;

/** One failing variant of a worked example, and the findings its rule must give. */
export interface RuleCase {
  rule: string;
  /** What the failing variant breaks. */
  breaks: string;
  fail: Recipe;
  /** The findings it must give: message and path. */
  expected: [message: string, path: string][];
  /** Start from the screened-out example rather than the full worked example. */
  screenedOut?: boolean;
  /** Start from the worked example in Welsh too, under a profile that publishes in Welsh (welsh-cases.ts). */
  bilingual?: boolean;
}

/** The rules of rigour measured against published assessments (issue 19): one or more cases each. */
export const rigourCases: RuleCase[] = [
  {
    rule: 'absence-not-evidence',
    breaks: '"no impact" on data not held, with the gap and its action removed',
    fail: (d) => {
      d.analysis.gender_reassignment!.reasoning =
        'We do not hold data on trans parents and are not aware of any issues.';
      d.analysis.gender_reassignment!.gapIds = [];
      d.evidence.gaps = d.evidence.gaps.filter((gap) => gap.id !== 'gap-trans-lgb');
    },
    expected: [
      [
        'Gender reassignment is concluded as no impact on "do not hold data", with no data gap recorded and no action to find out.',
        'analysis.gender_reassignment.reasoning',
      ],
    ],
  },
  {
    rule: 'absence-not-evidence',
    breaks: 'a screening reason resting on complaints never received',
    screenedOut: true,
    fail: (d) => {
      d.screening.answers.religion_belief!.reason = 'No complaints have been received from any faith group.';
    },
    expected: [
      [
        'Religion or belief is screened out on "No complaints have been received", with no data gap recorded and no action to find out.',
        'screening.answers.religion_belief.reason',
      ],
    ],
  },
  {
    rule: 'engagement-reaches-affected',
    breaks: 'only the project team engaged, on a change for families',
    fail: (d) => {
      d.engagement = [
        {
          id: 'eng-team',
          who: 'Project team and operational managers',
          method: 'Workshop',
          characteristics: [],
          whatTheySaid: 'Video is workable.',
          whatChanged: '',
        },
      ];
      d.evidence.items = d.evidence.items.filter(
        (item) => item.kind !== 'consultation' && item.kind !== 'feedback',
      );
    },
    expected: [
      [
        'Engagement is recorded only with staff or officers, but the policy affects service users or the public too.',
        'engagement',
      ],
      [
        'The Age impact "imp-age-older-parties" on Parents, carers and families is a medium negative impact, but nobody sharing age was asked about it.',
        'analysis.age.impacts.1',
      ],
      [
        'The Language impact "imp-language-interpreters" on Parents, carers and families is a medium negative impact, but nobody sharing language was asked about it.',
        'analysis.language.impacts.0',
      ],
      [
        'The Race × Sex × Age impact "imp-int-black-boys" on Children and young people is a medium negative impact, but nobody sharing race, sex or age was asked about it.',
        'intersectionality.impacts.0',
      ],
    ],
  },
  {
    rule: 'screening-out-evidenced',
    breaks: 'screened out as covered by another assessment, citing nothing',
    screenedOut: true,
    fail: (d) => {
      d.screening.evidenceIds = [];
      d.screening.decision!.rationale = 'Covered by the overarching EqIA of the practice guidance programme.';
    },
    expected: [
      [
        'The screening-out relies on another assessment ("Covered by") without linking it.',
        'screening.related',
      ],
    ],
  },
  {
    rule: 'screening-out-evidenced',
    breaks: 'a related assessment with no link and no reason it covers the change',
    screenedOut: true,
    fail: (d) => {
      d.screening.evidenceIds = [];
      d.screening.related = [{ title: 'Practice guidance programme EqIA', reference: '', covers: '' }];
    },
    expected: [
      [
        'The screening-out relies on "Practice guidance programme EqIA" without saying where to find it.',
        'screening.related.0.reference',
      ],
      [
        'The screening-out relies on "Practice guidance programme EqIA" without saying why it covers this change.',
        'screening.related.0.covers',
      ],
    ],
  },
  {
    rule: 'screening-out-evidenced',
    breaks: 'no evidence cited at all',
    screenedOut: true,
    fail: (d) => {
      d.screening.evidenceIds = [];
    },
    expected: [
      [
        'The screening-out cites no evidence and no related assessment it relies on.',
        'screening.evidenceIds',
      ],
    ],
  },
  {
    rule: 'assessment-not-deferred',
    breaks: 'religion or belief left to a future EqIA, with no view now and no dated action',
    fail: (d) => {
      d.analysis.religion_belief!.reasoning =
        'This will be assessed in a future EqIA once the listing design is known.';
    },
    expected: [
      [
        'The Religion or belief analysis leaves the assessment to later ("will be assessed in a future") without an interim view of the likely impact and its extent.',
        'analysis.religion_belief.reasoning',
      ],
      [
        'The Religion or belief analysis leaves the assessment to later ("will be assessed in a future") without a dated action to assess it.',
        'analysis.religion_belief.reasoning',
      ],
    ],
  },
  {
    rule: 'evidence-strength-stated',
    breaks: 'the pilot evaluation cited without its limits',
    fail: (d) => {
      d.evidence.items[1]!.limitations = '';
    },
    expected: [
      [
        'Evidence "Video FHDRA pilot in three designated family judge areas: attendance and adjournments" supports a conclusion, but its limits (sample size, age, who it leaves out) are not stated.',
        'evidence.items.1.limitations',
      ],
    ],
  },
  {
    rule: 'due-regard-before-decision',
    breaks: 'screened after the decision, analysed after it, and the decision recorded as taken',
    fail: (d) => {
      d.decision.date = '2026-01-15';
      d.decision.assessedOn = '2026-02-27';
      d.decision.alreadyTaken = true;
    },
    expected: [
      [
        'The record says the decision was already taken when this assessment was done.',
        'decision.alreadyTaken',
      ],
      [
        'The screening is dated 2026-01-19, after the decision on 2026-01-15.',
        'screening.decision.decidedAt',
      ],
      ['The analysis is dated 2026-02-27, after the decision on 2026-01-15.', 'decision.assessedOn'],
    ],
  },
  {
    rule: 'more-than-one-mind',
    breaks: 'written, screened and kept by one person only',
    screenedOut: true,
    fail: (d) => {
      d.policy.assessmentTeam = [{ name: 'Ben Hughes', role: 'Service Manager' }];
      d.review.approvals = [];
    },
    expected: [
      [
        'Only one person (ben) is recorded as involved: no assessment team, contributors, engagement or reviewer.',
        'policy.assessmentTeam',
      ],
    ],
  },
  {
    rule: 'relevance-not-adverse',
    breaks: 'a screening-out with language relevant but unweighed, and disability likely major',
    screenedOut: true,
    fail: (d) => {
      d.screening.answers.language = { relevance: 'yes', reason: 'Translations are renumbered too.' };
      d.screening.answers.disability = { relevance: 'yes', likelyImpact: 'major', reason: 'Screen readers.' };
      d.screening.answers.age = { relevance: 'yes', likelyImpact: 'minor', reason: '' };
    },
    expected: [
      [
        'Age is marked relevant without a reason saying how the minor impact is mitigated.',
        'screening.answers.age.reason',
      ],
      [
        'Disability is likely to have a major adverse impact, so the policy cannot be screened out.',
        'screening.answers.disability.likelyImpact',
      ],
      [
        'Language is marked relevant without saying whether its likely impact is major adverse, minor or positive.',
        'screening.answers.language.likelyImpact',
      ],
    ],
  },
  {
    rule: 'screening-out-authorised',
    breaks: 'recorded as signed off by a chain whose senior stage never approved',
    screenedOut: true,
    fail: (d) => {
      d.approvalChain = [
        ...d.approvalChain.slice(0, 1).map((stage) => ({ ...stage, senior: false })),
        d.approvalChain[1]!,
        { ...d.approvalChain[0]!, id: 'records', senior: false },
      ];
      d.review.approvals = [
        { ...d.review.approvals[0]!, stage: 'equality_review' },
        { ...d.review.approvals[0]!, stage: 'records' },
      ];
    },
    expected: [
      [
        'This screening-out is recorded as signed off, but Senior sign-off never approved it.',
        'review.approvals',
      ],
    ],
  },
  {
    rule: 'screening-out-awaiting-authorisation',
    breaks: 'nobody has approved the screening-out yet',
    screenedOut: true,
    fail: (d) => {
      d.review.approvals = [];
    },
    expected: [
      [
        'Not yet authorised: the screening-out takes effect when Senior sign-off approves it.',
        'screening.decision',
      ],
    ],
  },
];
