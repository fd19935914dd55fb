import type { Assessment } from '../../schema/assessment.js';
import type { IsoDate } from '../../schema/common.js';
import { dayOf } from '../dates.js';
import { clockRule } from '../rule.js';

export const decisionAfterSignOff = clockRule({
  id: 'decision-after-sign-off',
  title: 'The decision is not taken before the assessment is signed off',
  defaultSeverity: 'error',
  section: 'decision',
  scope: 'all',
  why: 'Due regard must be paid before and at the time a policy is decided, not as a later justification (Brown principle 2; Bracking para 26(4): not a "rearguard action").',
  hint: 'If the decision is still to come, correct its date; if it was already taken, take it again once this assessment is signed off.',
  messages: {
    beforeSignOff: ({ decided, signedOff }: { decided: string; signedOff: string }) =>
      `The decision is dated ${decided}, before this assessment was signed off on ${signedOff}.`,
    notSignedOff: ({ decided, today }: { decided: string; today: string }) =>
      `The decision is dated ${decided}, but this assessment is not signed off yet (today is ${today}).`,
  },
  facts: ({ assessment }) => ({
    decided: assessment.decision.date ?? null,
    signedOff: signOffDay(assessment) ?? null,
  }),
  judge: ({ decided, signedOff }, { today }, say) => {
    if (!decided) return [];
    if (decided >= (signedOff ?? today)) return [];
    return [
      {
        message: signedOff ? say.beforeSignOff({ decided, signedOff }) : say.notSignedOff({ decided, today }),
        path: 'decision.date',
      },
    ];
  },
});

/**
 * The day the final approval stage approved, if it has (a later "changes requested" undoes it), or the
 * day a historical record says it was signed off outside eqia.
 */
function signOffDay(assessment: Assessment): IsoDate | undefined {
  const outside = assessment.provenance?.signedOffOutside;
  if (outside) return outside.on;
  const finalStage = assessment.approvalChain.at(-1)?.id;
  const latest = assessment.review.approvals.filter((approval) => approval.stage === finalStage).at(-1);
  return latest?.decision === 'approved' ? dayOf(latest.at) : undefined;
}
