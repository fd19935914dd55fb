import type { Assessment } from '../../schema/assessment.js';
import type { Rule } from '../rule.js';

export const moreThanOneMind: Rule = {
  id: 'more-than-one-mind',
  title: 'More than one person is involved',
  defaultSeverity: 'warning',
  section: 'policy',
  scope: 'all',
  why: 'Rigour and an open mind (Brown principle 3) are hard alone: an assessment written by one person, with no colleague, reviewer or affected person involved, is the box-ticking the courts and the Wales Audit Office have criticised.',
  hint: 'Record the assessment team (names and roles), add contributors, engage the people affected, or have it reviewed by someone other than its author.',
  examples: {
    pass: 'Written by the policy lead with an equality adviser and a service manager named in the assessment team.',
    fail: 'Written and screened by one officer, with no team, contributors, engagement or reviewer.',
  },
  evaluate: ({ assessment }) =>
    othersInvolved(assessment)
      ? []
      : [
          {
            message: `Only one person (${assessment.createdBy}) is recorded as involved: no assessment team, contributors, engagement or reviewer.`,
            path: 'policy.assessmentTeam',
          },
        ],
};

/** Anyone besides the author: a team of two or more, a contributor, another editor, engagement, a reviewer. */
function othersInvolved(assessment: Assessment): boolean {
  const author = assessment.createdBy;
  const { review } = assessment;
  const people = [
    ...assessment.policy.contributors,
    ...assessment.editors,
    ...(assessment.screening.decision ? [assessment.screening.decision.decidedBy] : []),
    ...review.verdicts.map((verdict) => verdict.by),
    ...review.comments.map((comment) => comment.by),
    ...review.approvals.map((approval) => approval.by),
  ];
  return (
    assessment.policy.assessmentTeam.length > 1 ||
    assessment.engagement.length > 0 ||
    people.some((person) => person !== author)
  );
}
