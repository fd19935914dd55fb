import { label, signedOffOutsideInWords } from '@eqia/core';
import { formatDate, formatDateTime } from '../dates.js';
import {
  type Block,
  type Cell,
  cell,
  linkOrText,
  paragraph,
  type Section,
  section,
} from '../document/blocks.js';
import { signerLabel } from '../labels.js';
import type { AssessmentReportInput } from './input.js';
import { attestations } from './status-section.js';

/** Every stage of the chain pinned to the assessment, and every decision taken at it, in order. */
export function approvalsSection({ assessment, profile }: AssessmentReportInput): Section {
  const rows: Cell[][] = assessment.review.approvals.map((approval) => {
    const stage = assessment.approvalChain.find((candidate) => candidate.id === approval.stage);
    return [
      cell(stage?.label ?? 'A stage no longer in the chain'),
      cell(
        label('approvalDecision', approval.decision),
        approval.decision === 'approved' ? undefined : 'warning',
      ),
      cell(signerLabel(profile, approval)),
      cell(formatDateTime(approval.at)),
      cell([approval.attestation, approval.comment].filter(Boolean).join('\n')),
    ];
  });
  const approved = new Set(
    assessment.review.approvals
      .filter((approval) => approval.decision === 'approved')
      .map((approval) => approval.stage),
  );
  const waiting = assessment.approvalChain.filter((stage) => !approved.has(stage.id));
  const blocks: Block[] = [
    {
      kind: 'table',
      caption: 'Approval decisions',
      columns: ['Stage', 'Decision', 'By', 'When', 'Attestation and comment'],
      rows,
      rowHeaders: true,
      empty: 'No approval decisions yet.',
    },
  ];
  const outside = assessment.provenance?.signedOffOutside;
  if (outside) {
    // A historical record: its sign-off was given outside eqia, not through this approval chain.
    blocks.push(
      paragraph(
        `${signedOffOutsideInWords(outside, formatDate)}, as the imported record states.${outside.note ? ` ${outside.note}` : ''}`,
      ),
    );
  } else if (waiting.length > 0) {
    blocks.push(paragraph(`Not yet approved: ${waiting.map((stage) => stage.label).join(', ')}.`));
  }
  const quotes = attestations(assessment, profile);
  if (quotes.length > 0 && waiting.length === 0) {
    blocks.push(paragraph('Every approval stage has signed this assessment off, attesting:'), ...quotes);
  }
  return section('approvals', 'Approvals', blocks);
}

export function publicationSection({ assessment, profile }: AssessmentReportInput): Section {
  const { publication } = assessment;
  if (!publication) return section('publication', 'Publication', [paragraph('Not yet published.')]);
  return section('publication', 'Publication', [
    {
      kind: 'facts',
      facts: [
        { term: 'Published', value: formatDateTime(publication.publishedAt) },
        { term: 'By', value: signerLabel(profile, { ...publication, by: publication.publishedBy }) },
        { term: 'Where', value: linkOrText(publication.location) },
        { term: 'Format', value: publication.format },
      ],
    },
  ]);
}
