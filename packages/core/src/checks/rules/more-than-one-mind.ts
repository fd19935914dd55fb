import type { Assessment } from '../../schema/assessment.js';
import type { CheckedProfile } from '../checked-profile.js';
import { defineRule } from '../rule.js';

export const moreThanOneMind = defineRule({
  id: 'more-than-one-mind',
  title: 'More than one person is involved',
  defaultSeverity: 'warning',
  section: 'policy',
  scope: 'all',
  why: 'Rigour and an open mind (Brown principle 3) are hard alone: an assessment written by one person, with no colleague, reviewer or affected person involved, is the box-ticking the courts and the Wales Audit Office have criticised.',
  hint: 'Another mind is anyone besides the author: name them in the assessment team (the author’s own name or user id does not count), add them as a contributor, engage the people affected, or have the assessment reviewed or approved by someone other than its author.',
  messages: {
    oneMind: ({ author }: { author: string }) =>
      `Only one person (${author}) is recorded as involved: no assessment team, contributors, engagement or reviewer.`,
  },
  evaluate: ({ assessment, profile }, say) =>
    othersInvolved(assessment, authorNames(assessment.createdBy, profile))
      ? []
      : [
          {
            message: say.oneMind({ author: assessment.createdBy }),
            path: 'policy.assessmentTeam',
          },
        ],
});

/**
 * The ways the author may be written: the team holds names as the record states them, so the author
 * named in it (by user id or profile name) is still one mind.
 */
function authorNames(author: string, profile: CheckedProfile): Set<string> {
  const user = profile.users.find((candidate) => candidate.id === author);
  return new Set([author, ...(user ? [user.name] : [])].map(normalise));
}

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Anyone besides the author: a team member, a contributor, another editor, engagement, a reviewer. */
function othersInvolved(assessment: Assessment, author: Set<string>): boolean {
  const { review } = assessment;
  const people = [
    ...assessment.policy.assessmentTeam.map((member) => member.name),
    ...assessment.policy.contributors,
    ...assessment.editors,
    ...(assessment.screening.decision ? [assessment.screening.decision.decidedBy] : []),
    ...review.verdicts.map((verdict) => verdict.by),
    ...review.comments.map((comment) => comment.by),
    ...review.approvals.map((approval) => approval.by),
  ];
  return assessment.engagement.length > 0 || people.some((person) => !author.has(normalise(person)));
}
