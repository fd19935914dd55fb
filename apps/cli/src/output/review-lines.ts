import type { Frozen } from '@eqia/core';
import { type Assessment, inSentence, type LifecycleStatus, type Profile, type SectionId } from '@eqia/core';
import { msg, uiLabel } from '../messages/ui-language.js';
import { personName } from './person.js';
import { stateLabel } from './state-label.js';

const nameOf = personName;

/**
 * What reviewers said about one section, for its author: each reviewer's latest verdict, and each
 * comment with its id and how to reply to or resolve it.
 */
export function reviewLines(
  assessment: Frozen<Assessment>,
  section: SectionId,
  profile: Frozen<Profile>,
): string[] {
  const { verdicts, comments } = assessment.review;
  const latest = new Map(verdicts.filter((v) => v.section === section).map((v) => [v.by, v]));
  const lines = [...latest.values()].map((v) =>
    msg.reviewLines.judged({
      name: nameOf(profile, v.by),
      verdict: inSentence(uiLabel('verdict', v.verdict)),
      comment: v.comment ?? '',
    }),
  );
  for (const comment of comments.filter((c) => c.section === section)) {
    const state = comment.resolvedBy
      ? msg.reviewLines.resolvedBy({ name: nameOf(profile, comment.resolvedBy) })
      : msg.reviewLines.open;
    const reply = comment.replyTo ? msg.reviewLines.replyTo({ id: comment.replyTo }) : '';
    lines.push(`  [${comment.id}] ${nameOf(profile, comment.by)}${reply}: “${comment.body}” — ${state}`);
  }
  const open = comments.filter((c) => c.section === section && !c.resolvedBy);
  if (open.length)
    lines.push(msg.reviewLines.howToReply({ id: assessment.id, section, comment: open[0]?.id ?? '' }));
  return lines;
}

/**
 * Where the assessment is, in words a reader needs: "in review at Equality lead review",
 * "being assessed — changes requested by Julie Brown: “…”".
 */
export function statusInWords(
  assessment: Frozen<Assessment>,
  status: LifecycleStatus,
  profile: Frozen<Profile>,
): string {
  const words = stateLabel(status, assessment.approvalChain, profile);
  const changes = changesRequested(assessment, status, profile);
  return changes ? `${words}: ${changes}` : words;
}

/** "changes requested by Julie Brown (“…”)" while the author has the assessment back for them. */
export function changesRequested(
  assessment: Frozen<Assessment>,
  status: LifecycleStatus,
  profile: Frozen<Profile>,
): string | undefined {
  const last = assessment.review.approvals.at(-1);
  if (status.state !== 'assessing' || last?.decision !== 'changes_requested') return undefined;
  return msg.reviewLines.changesRequested({ name: nameOf(profile, last.by), comment: last.comment ?? '' });
}
