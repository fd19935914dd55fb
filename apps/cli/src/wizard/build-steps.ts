import type { Frozen } from '@eqia/core';
import { type Profile, profileCharacteristics } from '@eqia/core';
import type { WizardStep } from './step.js';
import { actionsStep } from './steps/actions.js';
import { characteristicStep } from './steps/characteristic.js';
import { decisionStep } from './steps/decision.js';
import { engagementStep } from './steps/engagement.js';
import { evidenceStep } from './steps/evidence.js';
import { generalDutyStep } from './steps/general-duty.js';
import { intersectionalityStep } from './steps/intersectionality.js';
import { monitoringStep } from './steps/monitoring.js';
import { outcomeStep } from './steps/outcome.js';
import { policyStep } from './steps/policy.js';
import { recordDetailsStep } from './steps/record-details.js';
import { screeningStep } from './steps/screening.js';
import { screeningBasisStep } from './steps/screening-basis.js';
import { summaryStep } from './steps/summary.js';

/** The wizard's steps in the order a good equality lead would walk an author through them. */
export function buildSteps(profile: Frozen<Profile>): WizardStep[] {
  return [
    policyStep,
    decisionStep,
    screeningStep,
    evidenceStep,
    screeningBasisStep,
    engagementStep,
    ...profileCharacteristics(profile).map((characteristic) => characteristicStep(characteristic, profile)),
    intersectionalityStep,
    generalDutyStep,
    outcomeStep,
    actionsStep,
    monitoringStep,
    recordDetailsStep,
    summaryStep,
  ];
}
