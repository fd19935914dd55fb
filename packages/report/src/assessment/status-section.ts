import { type Assessment, type Finding, type IsoDate, lockedStates, type Profile } from '@eqia/core';
import { type Block, cell, paragraph, type Section, section } from '../document/blocks.js';
import { signerLabel, userLabel, userName } from '../labels.js';
import { type AssessmentLanguage, dayOf } from '../language/report-language.js';
import type { AssessmentContext, AssessmentReportInput } from './input.js';

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

/** "Error (blocks sign-off)": a finding's severity, with what it means where that matters. */
function severityLabel(lang: AssessmentLanguage, severity: Finding['severity']): string {
  const help = lang.hint('findingSeverity', severity);
  const name = lang.label('findingSeverity', severity);
  return help ? `${name} (${help})` : name;
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
function draftStage(input: AssessmentContext): string {
  const { assessment, status, lang } = input;
  const awaiting = assessment.approvalChain.find((stage) => stage.id === status.stage);
  const waiting = awaiting
    ? lang.words.assessment.status.waitingFor({ stage: awaiting.label.toLowerCase() })
    : '';
  return `${lang.label('lifecycleState', status.state).toLowerCase()}${waiting}${changesRequested(input)}`;
}

/** "; changes requested by Julie Brown": why a draft that was in review is being assessed again. */
function changesRequested({ assessment, status, profile, lang }: AssessmentContext): string {
  const last = assessment.review.approvals.at(-1);
  if (status.state !== 'assessing' || last?.decision !== 'changes_requested') return '';
  return lang.words.assessment.status.changesRequestedBy({ name: userName(profile, last.by) });
}

/** Where the assessment stands, in a few words: "Signed off and published; review overdue since 1 May 2026". */
export function standing(input: AssessmentContext): string {
  const { assessment, status, lang } = input;
  const words = lang.words.assessment.status;
  if (status.state === 'withdrawn') return words.withdrawn;
  if (status.state === 'superseded') return words.supersededBy({ revision: assessment.revision + 1 });
  if (isDraft(input)) return words.draft({ stage: draftStage(input) });
  const signed = `${status.state === 'published' ? words.signedOffPublished : words.signedOff}${
    assessment.provenance?.signedOffOutside ? words.outside : ''
  }`;
  const lapsed = lapsedReview(input);
  return lapsed ? `${signed}${words.overdueSince({ date: lang.date(lapsed) })}` : signed;
}

/** "Revision 2, replacing revision 1.": the revision's place in its history, by number rather than id. */
export const revisionLine = (assessment: Assessment, lang: AssessmentLanguage) => {
  const words = lang.words.assessment.status;
  const replacing = assessment.supersedes ? words.replacing({ revision: assessment.revision - 1 }) : '';
  return `${words.revision({ revision: assessment.revision })}${replacing}.`;
};

/**
 * The banner above the summary, when the reader must know something first: a draft is not the record of
 * due regard, a withdrawn policy was abandoned, a superseded revision is no longer current, and a review
 * that has lapsed means the record may be out of date. A current, signed-off assessment has none.
 */
export function statusBanner(input: AssessmentContext): Section | undefined {
  const { assessment, status, profile, lang } = input;
  const words = lang.words.assessment.status;
  if (status.state === 'withdrawn') {
    const { withdrawal } = assessment;
    return banner('warning', words.withdrawn, [
      paragraph(revisionLine(assessment, lang)),
      ...(withdrawal
        ? [
            paragraph(
              words.withdrawnBy({
                name: userLabel(profile, withdrawal.by),
                when: lang.dateTime(withdrawal.at),
                reason: withdrawal.reason,
              }),
            ),
          ]
        : []),
    ]);
  }
  if (status.state === 'superseded') {
    return banner('warning', words.supersededHeading, [
      paragraph(
        `${revisionLine(assessment, lang)} ${words.replacedBy({ revision: assessment.revision + 1 })}`,
      ),
    ]);
  }
  if (isDraft(input)) {
    return banner('draft', words.draftHeading, [
      paragraph(`${words.draftStatus({ stage: draftStage(input) })} ${revisionLine(assessment, lang)}`),
      paragraph(words.draftWarning),
    ]);
  }
  const lapsed = lapsedReview(input);
  if (lapsed) {
    return banner('warning', words.overdueHeading, [paragraph(words.overdue({ date: lang.date(lapsed) }))]);
  }
  return undefined;
}

const banner = (tone: 'draft' | 'warning', heading: string, blocks: Block[]): Section => ({
  ...section('status', heading, blocks),
  banner: tone,
});

/** A draft lists what the due-regard checks found still to do, most serious first. */
export function findingsSection({ findings, lang }: AssessmentContext): Section {
  const words = lang.words.assessment.findings;
  const sorted = [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
  return section('findings', words.heading, [
    {
      kind: 'table',
      caption: words.caption,
      columns: words.columns,
      rows: sorted.map((finding) => [
        cell(finding.message),
        cell(severityLabel(lang, finding.severity), finding.severity === 'error' ? 'negative' : 'warning'),
        cell(lang.label('sectionTitle', finding.section)),
        cell(finding.hint),
      ]),
      rowHeaders: true,
      empty: words.empty,
    },
  ]);
}

/** Each approval's attestation, quoted with who gave it, at which stage and when. */
export function attestations(assessment: Assessment, profile: Profile, lang: AssessmentLanguage): Block[] {
  return assessment.review.approvals
    .filter((approval) => approval.decision === 'approved')
    .map((approval) => {
      const stage = assessment.approvalChain.find((candidate) => candidate.id === approval.stage);
      return {
        kind: 'quote',
        text: approval.attestation || stage?.attestation || '',
        cite: `${signerLabel(profile, approval)}, ${stage?.label ?? approval.stage}, ${lang.dateTime(approval.at)}`,
      };
    });
}
