import { type Assessment, inSentence, type SectionId } from '@eqia/core';
import { type Block, paragraph, type Section, section } from '../document/blocks.js';
import { userName } from '../labels.js';
import type { AssessmentLanguage } from '../language/report-language.js';
import type { AssessmentContext } from './input.js';
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
export function withReview(input: AssessmentContext, body: Section[]): Section[] {
  if (!isDraft(input)) return body;
  return body.map((part) => {
    const about = (Object.keys(shownIn) as SectionId[]).find((id) => shownIn[id] === part.id);
    const blocks = about ? reviewBlocks(input, about) : [];
    if (!about || blocks.length === 0) return part;
    return {
      ...part,
      blocks: [
        ...part.blocks,
        section(
          `${part.id}-review`,
          input.lang.words.assessment.review.heading({ section: input.lang.label('sectionTitle', about) }),
          blocks,
        ),
      ],
    };
  });
}

function reviewBlocks({ assessment, profile, lang }: AssessmentContext, about: SectionId): Block[] {
  const words = lang.words.assessment.review;
  const { verdicts, comments } = assessment.review;
  const latest = new Map(verdicts.filter((v) => v.section === about).map((v) => [v.by, v]));
  const said = comments.filter((comment) => comment.section === about);
  const blocks: Block[] = [];
  if (latest.size > 0)
    blocks.push({
      kind: 'list',
      items: [...latest.values()].map((v) => [
        `${words.judged({ name: userName(profile, v.by), verdict: inSentence(lang.label('verdict', v.verdict)), when: lang.dateTime(v.at) })}${v.comment ? `: “${v.comment}”` : '.'}`,
      ]),
    });
  if (said.length > 0)
    blocks.push({
      kind: 'list',
      items: said.map((comment) => {
        const who = { id: comment.id, name: userName(profile, comment.by), when: lang.dateTime(comment.at) };
        const heading = comment.replyTo
          ? words.reply({ ...who, replyTo: comment.replyTo })
          : words.comment(who);
        const state = comment.resolvedBy
          ? words.resolvedBy({ name: userName(profile, comment.resolvedBy) })
          : words.open;
        return [`${heading}“${comment.body}” ${state}`];
      }),
    });
  if (said.some((comment) => !comment.resolvedBy)) blocks.push(replyHelp(assessment, about, lang));
  return blocks;
}

const replyHelp = (assessment: Assessment, about: SectionId, lang: AssessmentLanguage) =>
  paragraph(lang.words.assessment.review.howToReply({ id: assessment.id, section: about }));
