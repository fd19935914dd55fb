import type { Finding, SectionId } from '@eqia/core';
import { uiLabel } from '../../messages/ui-language.js';
import type { StepTools, WizardStep } from '../step.js';

/** A step that covers one whole section. */
export function sectionStep(section: SectionId, run: (tools: StepTools) => Promise<void>): WizardStep {
  return {
    id: section,
    // Read when drawn: the step exists before the language of the run is known.
    get title() {
      return uiLabel('sectionTitle', section);
    },
    section,
    owns: (finding: Finding) => finding.section === section,
    run,
  };
}
