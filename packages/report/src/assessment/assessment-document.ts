import { formatDateTime } from '../dates.js';
import type { ReportDocument } from '../document/blocks.js';
import { actionPlanSection } from './action-plan-section.js';
import { analysisSection, intersectionalitySection } from './analysis-section.js';
import { approvalsSection, publicationSection } from './approvals-section.js';
import { generalDutySection, outcomeSection } from './duty-section.js';
import { engagementSection } from './engagement-section.js';
import { evidenceSection } from './evidence-section.js';
import { impactGridSection } from './impact-grid.js';
import type { AssessmentReportInput } from './input.js';
import { monitoringSection } from './monitoring-section.js';
import { decisionSection, policySection } from './policy-section.js';
import { references } from './references.js';
import { screeningSection } from './screening-section.js';
import { statusSection } from './status-section.js';
import { verificationSection } from './verification-section.js';

/** The assessment report, in the order a reader needs it: where it stands, what, why, and who signed. */
export function assessmentDocument(input: AssessmentReportInput): ReportDocument {
  const { assessment, profile, generatedAt } = input;
  const refs = references(assessment, profile);
  return {
    title: `Equality impact assessment: ${assessment.policy.title}`,
    subtitle: [
      { term: 'Organisation', value: profile.organisation },
      { term: 'Reference', value: assessment.policy.reference || assessment.id },
      { term: 'Revision', value: String(assessment.revision) },
      { term: 'Report generated', value: formatDateTime(generatedAt) },
    ],
    sections: [
      statusSection(input),
      policySection(input),
      impactGridSection(input),
      decisionSection(input),
      screeningSection(input),
      evidenceSection(input, refs),
      engagementSection(input),
      analysisSection(input, refs),
      intersectionalitySection(input, refs),
      generalDutySection(input),
      outcomeSection(input),
      actionPlanSection(input, refs),
      monitoringSection(input),
      approvalsSection(input),
      publicationSection(input),
      ...(input.reference ? [verificationSection(input.reference)] : []),
    ],
  };
}
