import type { Rule } from '../rule.js';

export const screeningOutAuthorised: Rule = {
  id: 'screening-out-authorised',
  title: 'A screening-out is authorised by a senior role',
  defaultSeverity: 'error',
  section: 'screening',
  scope: 'screening_out',
  why: 'Deciding not to assess is a decision the duty applies to and it cannot be delegated (Brown principle 4); guidance asks for senior sign-off of a screening-out.',
  hint: 'Have someone holding the role of the profile’s senior approval stage record the screening-out decision.',
  examples: {
    pass: 'Screening-out decided by the Director of Operations, who holds the senior sign-off role.',
    fail: 'Screening-out decided by the policy author, who holds only the author role.',
  },
  evaluate: ({ assessment, profile }) => {
    const decision = assessment.screening.decision;
    // Without users in the profile the roles cannot be read here; the senior approval stage still applies.
    if (!decision || profile.users.length === 0) return [];
    const seniorRoles = assessment.approvalChain.filter((stage) => stage.senior).map((stage) => stage.role);
    const user = profile.users.find((u) => u.id === decision.decidedBy);
    if (user?.roles.some((role) => seniorRoles.includes(role))) return [];
    const who = user ? `${user.name} (${user.id})` : `"${decision.decidedBy}"`;
    return [
      {
        message: `The screening-out was decided by ${who}, who does not hold a senior approval role (${seniorRoles.join(', ')}).`,
        path: 'screening.decision.decidedBy',
      },
    ];
  },
};
