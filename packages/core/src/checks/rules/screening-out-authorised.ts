import type { Assessment } from '../../schema/assessment.js';
import type { CheckedProfile } from '../checked-profile.js';
import { defineRule } from '../rule.js';

export const screeningOutAuthorised = defineRule({
  id: 'screening-out-authorised',
  title: 'A screening-out is authorised by a senior role',
  defaultSeverity: 'error',
  section: 'screening',
  scope: 'screening_out',
  why: 'Deciding not to assess is a decision the duty applies to and it cannot be delegated (Brown principle 4); guidance asks for senior sign-off of a screening-out.',
  hint: 'Keep a senior stage in the approval chain (its approval authorises the screening-out), or have the decision recorded by someone holding a senior stage’s role.',
  messages: {
    nobodySenior: ({ decidedBy }: { decidedBy: string }) =>
      `Nobody senior authorises this screening-out: its approval chain has no senior stage, and ${decidedBy}, who decided it, holds no senior role.`,
    neverApproved: ({ stages }: { stages: string }) =>
      `This screening-out is recorded as signed off, but ${stages} never approved it.`,
  },
  evaluate: ({ assessment, profile, list }, say) => {
    const decision = assessment.screening.decision;
    if (!decision || decidedBySenior(assessment, profile) || seniorApproved(assessment)) return [];
    const senior = assessment.approvalChain.filter((stage) => stage.senior);
    if (senior.length === 0) {
      return [
        {
          message: say.nobodySenior({ decidedBy: decision.decidedBy }),
          path: 'screening.decision.decidedBy',
        },
      ];
    }
    // Still awaiting the senior stage: screening-out-awaiting-authorisation says so, without blocking
    // the review that will give it.
    if (!signedOff(assessment)) return [];
    return [
      {
        message: say.neverApproved({
          stages: list(
            senior.map((stage) => stage.label),
            'or',
          ),
        }),
        path: 'review.approvals',
      },
    ];
  },
});

/** The screening was decided by someone holding the role of a senior stage. */
export function decidedBySenior(assessment: Assessment, profile: CheckedProfile): boolean {
  const decidedBy = profile.users.find((user) => user.id === assessment.screening.decision?.decidedBy);
  const seniorRoles = profile.approvalChain.filter((stage) => stage.senior).map((stage) => stage.role);
  return decidedBy?.roles.some((role) => seniorRoles.includes(role)) ?? false;
}

/** A senior stage's latest decision is an approval, or the record was signed off outside eqia (as stated). */
export function seniorApproved(assessment: Assessment): boolean {
  if (assessment.provenance?.signedOffOutside) return true;
  return assessment.approvalChain
    .filter((stage) => stage.senior)
    .some(
      (stage) =>
        assessment.review.approvals.filter((approval) => approval.stage === stage.id).at(-1)?.decision ===
        'approved',
    );
}

/** The final stage has approved: the assessment went through its whole chain. */
function signedOff(assessment: Assessment): boolean {
  const finalStage = assessment.approvalChain.at(-1)?.id;
  return (
    assessment.review.approvals.filter((approval) => approval.stage === finalStage).at(-1)?.decision ===
    'approved'
  );
}
