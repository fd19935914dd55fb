import { type Finding, label, type SectionId } from '@eqia/core';
import type { StepTools, WizardStep } from '../step.js';

/** A step that covers one whole section. */
export function sectionStep(section: SectionId, run: (tools: StepTools) => Promise<void>): WizardStep {
  return {
    id: section,
    title: label('sectionTitle', section),
    section,
    owns: (finding: Finding) => finding.section === section,
    run,
  };
}
