import { defineRule } from '../rule.js';
import { decidedBySenior, seniorApproved } from './screening-out-authorised.js';

export const screeningOutAwaitingAuthorisation = defineRule({
  id: 'screening-out-awaiting-authorisation',
  title: 'A screening-out awaits its senior authorisation',
  defaultSeverity: 'info',
  section: 'screening',
  scope: 'screening_out',
  why: 'A screening-out is not authorised until someone senior approves it (Brown principle 4); until then the record must not read as if it were.',
  hint: 'Submit it for review: the senior stage’s approval authorises it.',
  messages: {
    awaiting: ({ stages }: { stages: string }) =>
      `Not yet authorised: the screening-out takes effect when ${stages} approves it.`,
  },
  evaluate: ({ assessment, profile, list }, say) => {
    const senior = assessment.approvalChain.filter((stage) => stage.senior);
    if (senior.length === 0 || decidedBySenior(assessment, profile) || seniorApproved(assessment)) return [];
    return [
      {
        message: say.awaiting({
          stages: list(
            senior.map((stage) => stage.label),
            'or',
          ),
        }),
        path: 'screening.decision',
      },
    ];
  },
});
