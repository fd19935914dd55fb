import type { Rule } from '../rule.js';

export const screeningOutAuthorised: Rule = {
  id: 'screening-out-authorised',
  title: 'A screening-out is authorised by a senior role',
  defaultSeverity: 'error',
  section: 'screening',
  scope: 'screening_out',
  why: 'Deciding not to assess is a decision the duty applies to and it cannot be delegated (Brown principle 4); guidance asks for senior sign-off of a screening-out.',
  hint: 'Keep a senior stage in the approval chain (its approval authorises the screening-out), or have the decision recorded by someone holding a senior stage’s role.',
  examples: {
    pass: 'Screened out by the author; the approval chain ends with the senior sign-off stage, whose approval authorises it.',
    fail: 'Screened out by the author, under an approval chain with no senior stage.',
  },
  evaluate: ({ assessment, profile }) => {
    const decision = assessment.screening.decision;
    const senior = assessment.approvalChain.filter((stage) => stage.senior);
    // The senior stage's approval is the authorisation; the lifecycle checks the approver's role.
    if (!decision || senior.length > 0) return [];
    const decidedBy = profile.users.find((user) => user.id === decision.decidedBy);
    const seniorRoles = profile.approvalChain.filter((stage) => stage.senior).map((stage) => stage.role);
    if (decidedBy?.roles.some((role) => seniorRoles.includes(role))) return [];
    return [
      {
        message: `Nobody senior authorises this screening-out: its approval chain has no senior stage, and ${decision.decidedBy}, who decided it, holds no senior role.`,
        path: 'screening.decision.decidedBy',
      },
    ];
  },
};
