import { signedOffOutsideInWords } from '@eqia/core';
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
import type { AssessmentContext } from './input.js';
import { attestations } from './status-section.js';

/** Every stage of the chain pinned to the assessment, and every decision taken at it, in order. */
export function approvalsSection({ assessment, profile, lang }: AssessmentContext): Section {
  const words = lang.words.assessment.approvals;
  const rows: Cell[][] = assessment.review.approvals.map((approval) => {
    const stage = assessment.approvalChain.find((candidate) => candidate.id === approval.stage);
    return [
      cell(stage?.label ?? words.goneStage),
      cell(
        lang.label('approvalDecision', approval.decision),
        approval.decision === 'approved' ? undefined : 'warning',
      ),
      cell(signerLabel(profile, approval)),
      cell(lang.dateTime(approval.at)),
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
      caption: words.caption,
      columns: words.columns,
      rows,
      rowHeaders: true,
      empty: words.empty,
    },
  ];
  const outside = assessment.provenance?.signedOffOutside;
  if (outside) {
    // A historical record: its sign-off was given outside eqia, not through this approval chain. Core
    // words it in English only, for now.
    blocks.push(
      paragraph(
        `${signedOffOutsideInWords(outside, lang.date)}${words.importedRecord}${outside.note ? ` ${outside.note}` : ''}`,
      ),
    );
  } else if (waiting.length > 0) {
    blocks.push(paragraph(words.notYet({ stages: waiting.map((stage) => stage.label).join(', ') })));
  }
  const quotes = attestations(assessment, profile, lang);
  if (quotes.length > 0 && waiting.length === 0) {
    blocks.push(paragraph(words.allSigned), ...quotes);
  }
  return section('approvals', words.heading, blocks);
}

export function publicationSection({ assessment, profile, lang }: AssessmentContext): Section {
  const words = lang.words.assessment.publication;
  const { publication } = assessment;
  if (!publication) return section('publication', words.heading, [paragraph(words.notYet)]);
  return section('publication', words.heading, [
    {
      kind: 'facts',
      facts: [
        { term: words.published, value: lang.dateTime(publication.publishedAt) },
        { term: words.by, value: signerLabel(profile, { ...publication, by: publication.publishedBy }) },
        { term: words.where, value: linkOrText(publication.location) },
        { term: words.format, value: publication.format },
      ],
    },
  ]);
}
