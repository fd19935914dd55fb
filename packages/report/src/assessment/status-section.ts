import { type Assessment, type Finding, hint, label, lockedStates, type Profile } from '@eqia/core';
import { formatDateTime } from '../dates.js';
import { type Block, cell, paragraph, type Section } from '../document/blocks.js';
import { signerLabel, userLabel } from '../labels.js';
import type { AssessmentReportInput } from './input.js';

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** "Error (blocks sign-off)": a finding's severity, with what it means where that matters. */
function severityLabel(severity: Finding['severity']): string {
  const help = hint('findingSeverity', severity);
  return help ? `${label('findingSeverity', severity)} (${help})` : label('findingSeverity', severity);
}

function findingsTable(findings: readonly Finding[]): Block {
  const sorted = [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  return {
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
  };
}

function approvalQuotes(assessment: Assessment, profile: Profile): Block[] {
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

/**
 * The banner at the top: a draft says plainly that it is a draft and what is still open; a signed-off
 * assessment shows who attested what; a withdrawn or superseded one says so before anything else.
 */
export function statusSection({ assessment, status, profile, findings }: AssessmentReportInput): Section {
  const revision = `Revision ${assessment.revision}${assessment.supersedes ? `, replacing ${assessment.supersedes}` : ''}.`;
  const state = label('lifecycleState', status.state);
  const awaiting = assessment.approvalChain.find((stage) => stage.id === status.stage);
  const blocks: Block[] = [];
  let banner: Section['banner'] = 'final';
  let heading = state;

  if (status.state === 'withdrawn') {
    banner = 'warning';
    heading = 'Withdrawn: the policy was abandoned';
    blocks.push(paragraph(revision));
    if (assessment.withdrawal) {
      blocks.push(
        paragraph(
          `Withdrawn by ${userLabel(profile, assessment.withdrawal.by)} on ${formatDateTime(assessment.withdrawal.at)}. Reason: ${assessment.withdrawal.reason}`,
        ),
      );
    }
  } else if (status.state === 'superseded') {
    banner = 'warning';
    heading = 'Superseded: a newer revision replaces this one';
    blocks.push(
      paragraph(
        `${revision} Replaced by ${assessment.supersededBy ?? 'a newer revision'}; read that one for the current assessment.`,
      ),
    );
    blocks.push(...approvalQuotes(assessment, profile));
  } else if (lockedStates.includes(status.state)) {
    heading = status.state === 'published' ? 'Signed off and published' : 'Signed off';
    const { publication } = assessment;
    const published = publication
      ? ` Published ${formatDateTime(publication.publishedAt)} at ${publication.location}.`
      : '';
    blocks.push(
      paragraph(`${revision}${published} Every approval stage has signed this assessment off, attesting:`),
    );
    blocks.push(...approvalQuotes(assessment, profile));
  } else {
    banner = 'draft';
    heading = 'DRAFT: not signed off';
    const waitingFor = awaiting ? `, waiting for ${awaiting.label.toLowerCase()}` : '';
    blocks.push(
      paragraph(`Status: ${state}${waitingFor}. ${revision}`),
      paragraph(
        'This is a working draft, not the record of due regard: it has not been signed off and may change.',
      ),
    );
    blocks.push(findingsTable(findings));
  }
  return { kind: 'section', id: 'status', heading, blocks, banner };
}
