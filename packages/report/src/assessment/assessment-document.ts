import { aboutSection } from '../document/about-section.js';
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
import { withReview } from './review-section.js';
import { screeningSection } from './screening-section.js';
import { findingsSection, isDraft, standing, statusBanner } from './status-section.js';
import { summarySection } from './summary-section.js';
import { verificationSection } from './verification-section.js';

/**
 * The assessment report, in the order a reader needs it: any warning, the summary, then what, why and
 * who signed; the contents list sits between the summary and the body.
 */
export function assessmentDocument(input: AssessmentReportInput): ReportDocument {
  const { assessment, profile, generatedAt } = input;
  const refs = references(assessment, profile);
  const draft = isDraft(input);
  const banner = statusBanner(input);
  return {
    title: `Equality impact assessment: ${assessment.policy.title}`,
    subtitle: [
      { term: 'Organisation', value: profile.organisation },
      ...(assessment.policy.reference ? [{ term: 'Reference', value: assessment.policy.reference }] : []),
      { term: 'Status', value: standing(input) },
      { term: 'Revision', value: String(assessment.revision) },
    ],
    draft,
    lead: [...(banner ? [banner] : []), summarySection(input)],
    sections: withReview(input, [
      ...(draft ? [findingsSection(input)] : []),
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
    ]),
    ...(input.reference && { verification: verificationSection(input.reference) }),
    about: aboutSection(profile, generatedAt),
  };
}
