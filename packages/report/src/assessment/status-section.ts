import {
  type Assessment,
  type Finding,
  hint,
  type IsoDate,
  label,
  lockedStates,
  type Profile,
} from '@eqia/core';
import { dayOf, formatDate, formatDateTime } from '../dates.js';
import { type Block, cell, paragraph, type Section, section } from '../document/blocks.js';
import { signerLabel, userLabel, userName } from '../labels.js';
import type { AssessmentReportInput } from './input.js';

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** "Error (blocks sign-off)": a finding's severity, with what it means where that matters. */
function severityLabel(severity: Finding['severity']): string {
  const help = hint('findingSeverity', severity);
  return help ? `${label('findingSeverity', severity)} (${help})` : label('findingSeverity', severity);
}

/** Not yet signed off: the report is a working draft, and says so on every page. */
export const isDraft = ({ status }: AssessmentReportInput) =>
  !lockedStates.includes(status.state) && status.state !== 'withdrawn' && status.state !== 'superseded';

/** The review date of an assessment in force, when it has come: the assessment is no longer current. */
export function lapsedReview({
  assessment,
  status,
  generatedAt,
}: AssessmentReportInput): IsoDate | undefined {
  const next = assessment.monitoring.nextReviewDate;
  const inForce = status.state === 'signed_off' || status.state === 'published';
  return inForce && next !== undefined && next <= dayOf(generatedAt) ? next : undefined;
}

/** "in review, waiting for equality review": where a draft is. */
function draftStage(input: AssessmentReportInput): string {
  const { assessment, status } = input;
  const awaiting = assessment.approvalChain.find((stage) => stage.id === status.stage);
  const waiting = awaiting ? `, waiting for ${awaiting.label.toLowerCase()}` : '';
  return `${label('lifecycleState', status.state).toLowerCase()}${waiting}${changesRequested(input)}`;
}

/** "; changes requested by Julie Brown": why a draft that was in review is being assessed again. */
function changesRequested({ assessment, status, profile }: AssessmentReportInput): string {
  const last = assessment.review.approvals.at(-1);
  if (status.state !== 'assessing' || last?.decision !== 'changes_requested') return '';
  return `; changes requested by ${userName(profile, last.by)}`;
}

/** Where the assessment stands, in a few words: "Signed off and published; review overdue since 1 May 2026". */
export function standing(input: AssessmentReportInput): string {
  const { assessment, status } = input;
  if (status.state === 'withdrawn') return 'Withdrawn: the policy was abandoned';
  if (status.state === 'superseded') return `Superseded by revision ${assessment.revision + 1}`;
  if (isDraft(input)) return `Draft, not signed off (${draftStage(input)})`;
  const signed = `${status.state === 'published' ? 'Signed off and published' : 'Signed off'}${
    assessment.provenance?.signedOffOutside ? ' outside eqia (historical record)' : ''
  }`;
  const lapsed = lapsedReview(input);
  return lapsed ? `${signed}; review overdue since ${formatDate(lapsed)}` : signed;
}

/** "Revision 2, replacing revision 1.": the revision's place in its history, by number rather than id. */
export const revisionLine = (assessment: Assessment) =>
  `Revision ${assessment.revision}${assessment.supersedes ? `, replacing revision ${assessment.revision - 1}` : ''}.`;

/**
 * The banner above the summary, when the reader must know something first: a draft is not the record of
 * due regard, a withdrawn policy was abandoned, a superseded revision is no longer current, and a review
 * that has lapsed means the record may be out of date. A current, signed-off assessment has none.
 */
export function statusBanner(input: AssessmentReportInput): Section | undefined {
  const { assessment, status, profile } = input;
  if (status.state === 'withdrawn') {
    const { withdrawal } = assessment;
    return banner('warning', 'Withdrawn: the policy was abandoned', [
      paragraph(revisionLine(assessment)),
      ...(withdrawal
        ? [
            paragraph(
              `Withdrawn by ${userLabel(profile, withdrawal.by)} on ${formatDateTime(withdrawal.at)}. Reason: ${withdrawal.reason}`,
            ),
          ]
        : []),
    ]);
  }
  if (status.state === 'superseded') {
    return banner('warning', 'Superseded: a newer revision replaces this one', [
      paragraph(
        `${revisionLine(assessment)} Replaced by revision ${assessment.revision + 1}; read that one for the current assessment.`,
      ),
    ]);
  }
  if (isDraft(input)) {
    return banner('draft', 'DRAFT: not signed off', [
      paragraph(`Status: ${draftStage(input)}. ${revisionLine(assessment)}`),
      paragraph(
        'This is a working draft, not the record of due regard: it has not been signed off and may change.',
      ),
    ]);
  }
  const lapsed = lapsedReview(input);
  if (lapsed) {
    return banner('warning', 'Review overdue', [
      paragraph(
        `This assessment was due for review on ${formatDate(lapsed)} and has not been reaffirmed or revised since: it may no longer describe the policy as it is.`,
      ),
    ]);
  }
  return undefined;
}

const banner = (tone: 'draft' | 'warning', heading: string, blocks: Block[]): Section => ({
  ...section('status', heading, blocks),
  banner: tone,
});

/** A draft lists what the due-regard checks found still to do, most serious first. */
export function findingsSection({ findings }: AssessmentReportInput): Section {
  const sorted = [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  return section('findings', 'Still to do before sign-off', [
    {
      kind: 'table',
      caption: 'Open findings of the due-regard checks',
      columns: ['Finding', 'Severity', 'Section', 'How to fix it'],
      rows: sorted.map((finding) => [
        cell(finding.message),
        cell(severityLabel(finding.severity), finding.severity === 'error' ? 'negative' : 'warning'),
        cell(label('sectionTitle', finding.section)),
        cell(finding.hint),
      ]),
      rowHeaders: true,
      empty: 'The due-regard checks found nothing to fix.',
    },
  ]);
}

/** Each approval's attestation, quoted with who gave it, at which stage and when. */
export function attestations(assessment: Assessment, profile: Profile): Block[] {
  return assessment.review.approvals
    .filter((approval) => approval.decision === 'approved')
    .map((approval) => {
      const stage = assessment.approvalChain.find((candidate) => candidate.id === approval.stage);
      return {
        kind: 'quote',
        text: approval.attestation || stage?.attestation || '',
        cite: `${signerLabel(profile, approval)}, ${stage?.label ?? approval.stage}, ${formatDateTime(approval.at)}`,
      };
    });
}
