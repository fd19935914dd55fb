import type { Assessment, Frozen, SectionId } from '@eqia/core';
import type { AssessmentView } from '@eqia/sdk';
import { msg } from '../messages/ui-language.js';
import { UsageError } from '../usage-error.js';
import type { WizardStep } from './step.js';

/**
 * Where to open the wizard: the step asked for, else the first step with an error finding (resuming where
 * the work is), else, when changes were requested, the first section its reviewer said must be corrected
 * or could be improved, else the summary.
 */
export function startStep(steps: readonly WizardStep[], view: AssessmentView, asked?: string): number {
  if (asked !== undefined) {
    const index = steps.findIndex((step) => step.id === asked || step.section === asked);
    if (index === -1)
      throw new UsageError(
        msg.wizard.noSuchStep({ asked, sections: [...new Set(steps.map((s) => s.section))].join(', ') }),
      );
    return index;
  }
  const { assessment } = view;
  if (!assessment.screening.decision) {
    const firstUnscreened = steps.findIndex((step) => step.id === 'screening');
    return assessment.policy.aims ? firstUnscreened : 0;
  }
  const withError = steps.findIndex((step) =>
    view.findings.some((f) => f.severity === 'error' && step.owns(f)),
  );
  if (withError !== -1) return withError;
  const sentBack = sectionsToChange(assessment);
  const toChange = steps.findIndex((step) => !step.readOnly && sentBack.has(step.section));
  return toChange === -1 ? steps.length - 1 : toChange;
}

/** The sections the reviewer who last sent the assessment back judged "must be corrected" or "could be improved". */
function sectionsToChange({ review }: Frozen<Assessment>): Set<SectionId> {
  const last = review.approvals.at(-1);
  if (last?.decision !== 'changes_requested') return new Set();
  const latest = new Map<SectionId, string>();
  for (const verdict of review.verdicts)
    if (verdict.by === last.by) latest.set(verdict.section, verdict.verdict);
  return new Set([...latest].filter(([, verdict]) => verdict !== 'acceptable').map(([section]) => section));
}
