import { type Assessment, inSentence, label, type SectionId } from '@eqia/core';
import { formatDateTime } from '../dates.js';
import { type Block, paragraph, type Section, section } from '../document/blocks.js';
import { userName } from '../labels.js';
import type { AssessmentReportInput } from './input.js';
import { isDraft } from './status-section.js';

/** The report section each part of an assessment is shown in, so reviewers' words sit beside it. */
const shownIn: Record<SectionId, string> = {
  policy: 'policy',
  decision: 'decision',
  screening: 'screening',
  evidence: 'evidence',
  engagement: 'engagement',
  analysis: 'analysis',
  intersectionality: 'intersectionality',
  generalDuty: 'general-duty',
  outcome: 'outcome',
  actions: 'actions',
  monitoring: 'monitoring',
};

/**
 * A draft's review conversation, at the end of the section it is about: each reviewer's latest verdict
 * and every comment with its id, to reply to or resolve. A signed-off copy (the one that is published)
 * never carries it: the review is the working, not the record.
 */
export function withReview(input: AssessmentReportInput, body: Section[]): Section[] {
  if (!isDraft(input)) return body;
  return body.map((part) => {
    const about = (Object.keys(shownIn) as SectionId[]).find((id) => shownIn[id] === part.id);
    const blocks = about ? reviewBlocks(input, about) : [];
    if (!about || blocks.length === 0) return part;
    return {
      ...part,
      blocks: [
        ...part.blocks,
        section(`${part.id}-review`, `Review: ${label('sectionTitle', about)}`, blocks),
      ],
    };
  });
}

function reviewBlocks({ assessment, profile }: AssessmentReportInput, about: SectionId): Block[] {
  const { verdicts, comments } = assessment.review;
  const latest = new Map(verdicts.filter((v) => v.section === about).map((v) => [v.by, v]));
  const said = comments.filter((comment) => comment.section === about);
  const blocks: Block[] = [];
  if (latest.size > 0)
    blocks.push({
      kind: 'list',
      items: [...latest.values()].map((v) => [
        `${userName(profile, v.by)} judged it ${inSentence(label('verdict', v.verdict))} (${formatDateTime(v.at)})${v.comment ? `: “${v.comment}”` : '.'}`,
      ]),
    });
  if (said.length > 0)
    blocks.push({
      kind: 'list',
      items: said.map((comment) => [
        `Comment ${comment.id}${comment.replyTo ? `, in reply to ${comment.replyTo}` : ''}, by ${userName(profile, comment.by)} (${formatDateTime(comment.at)}): “${comment.body}” ${comment.resolvedBy ? `Resolved by ${userName(profile, comment.resolvedBy)}.` : 'Open: not resolved yet.'}`,
      ]),
    });
  if (said.some((comment) => !comment.resolvedBy)) blocks.push(replyHelp(assessment, about));
  return blocks;
}

const replyHelp = (assessment: Assessment, about: SectionId) =>
  paragraph(
    `To reply, or to resolve a comment, use its id: eqia comment ${assessment.id} --section ${about} "your reply" --reply-to <comment id>, or eqia comment ${assessment.id} --resolve <comment id>.`,
  );
