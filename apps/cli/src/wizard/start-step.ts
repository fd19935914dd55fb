import type { AssessmentView } from '@eqia/sdk';
import { UsageError } from '../usage-error.js';
import type { WizardStep } from './step.js';

/**
 * Where to open the wizard: the step asked for, else the first step with an error finding (resuming where
 * the work is), else the first step that has not been started, else the summary.
 */
export function startStep(steps: readonly WizardStep[], view: AssessmentView, asked?: string): number {
  if (asked !== undefined) {
    const index = steps.findIndex((step) => step.id === asked || step.section === asked);
    if (index === -1)
      throw new UsageError(
        `No wizard step "${asked}": use a section (${[...new Set(steps.map((s) => s.section))].join(', ')}) or analysis.<characteristic>.`,
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
  return withError === -1 ? steps.length - 1 : withError;
}
