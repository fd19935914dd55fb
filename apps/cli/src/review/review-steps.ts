import {
  type Assessment,
  inSentence,
  label,
  labelChoices,
  type Profile,
  type SectionId,
  sectionIds,
  type VerdictKind,
} from '@eqia/core';
import { sectionLines } from '../output/section-text.js';
import type { WizardStep } from '../wizard/step.js';

const skip = 'skip';
const decide = 'decide';

/**
 * One step per section (read it, give a verdict and a comment), then the stage decision. Any section
 * can go straight to the decision, which then names the sections left without the reviewer's verdict.
 */
export function buildReviewSteps(profile: Profile, reviewer: string): WizardStep[] {
  // Set while passing over the sections between the one left and the decision; moving back reads them.
  const toDecision = { now: false };
  return [
    ...sectionIds.map((section) => sectionReviewStep(section, profile, reviewer, toDecision)),
    decisionStep(reviewer, toDecision),
  ];
}

function sectionReviewStep(
  section: SectionId,
  profile: Profile,
  reviewer: string,
  toDecision: { now: boolean },
): WizardStep {
  return {
    id: `review.${section}`,
    title: label('sectionTitle', section),
    section,
    readOnly: true,
    owns: (finding) => finding.section === section,
    async run({ ask, act, assessment, setContext }) {
      if (toDecision.now) return;
      setContext(sectionLines(assessment(), section, profile));
      const previous = latestVerdict(assessment(), section, reviewer);
      const verdict = await ask.select<VerdictKind | typeof skip | typeof decide>({
        label: `Your verdict on ${inSentence(label('sectionTitle', section))}`,
        choices: [
          ...labelChoices('verdict'),
          { value: skip, label: 'No verdict: next section' },
          { value: decide, label: 'Go to my decision on this stage' },
        ],
        initial: previous?.verdict ?? skip,
      });
      if (verdict === decide) toDecision.now = true;
      if (verdict === skip || verdict === decide) return;
      const comment = await ask.text({
        label: verdict === 'acceptable' ? 'Comment (optional)' : 'What should change?',
        initial: previous?.comment ?? '',
        required: verdict === 'to_correct',
      });
      await act(
        (client, id, loaded) => client.verdict(id, { section, verdict, ...(comment && { comment }) }, loaded),
        `${label('sectionTitle', section)}: ${label('verdict', verdict)}`,
      );
    },
  };
}

const decisionStep = (reviewer: string, toDecision: { now: boolean }): WizardStep => ({
  id: 'review.decision',
  title: 'Your decision on this stage',
  section: 'outcome',
  readOnly: true,
  owns: (finding) => finding.severity === 'error',
  async run({ ask, act, assessment, status, setContext }) {
    toDecision.now = false;
    for (;;) {
      const stage = assessment().approvalChain.find((candidate) => candidate.id === status().stage);
      const unjudged = sectionIds.filter((section) => !latestVerdict(assessment(), section, reviewer));
      setContext([
        ...(stage
          ? [`Stage: ${stage.label}`, `Attestation: ${stage.attestation}`]
          : ['This assessment is not waiting on a stage.']),
        ...(unjudged.length
          ? [
              `No verdict from you on ${unjudged.length} of ${sectionIds.length} sections: ${unjudged.map((section) => inSentence(label('sectionTitle', section))).join(', ')} (Ctrl+G goes to one).`,
            ]
          : []),
      ]);
      const decision = await ask.select({
        label: 'Approve this stage, or send it back?',
        choices: [
          { value: 'approve', label: 'Approve (you will accept the attestation)' },
          { value: 'changes', label: 'Request changes' },
          { value: 'later', label: 'Decide later: verdicts and comments are saved' },
        ],
      });
      if (decision === 'later') return;
      if (decision === 'approve') {
        const accepted = await ask.confirm({ label: 'Do you accept the attestation above?' });
        if (!accepted) continue;
        const comment = await ask.text({ label: 'Comment with your approval (optional)' });
        const note = label('approvalDecision', 'approved');
        if (await act((client, id, loaded) => client.approve(id, comment ? { comment } : {}, loaded), note))
          return;
      } else {
        const comment = await ask.text({ label: 'What must the author change?', required: true });
        const note = label('approvalDecision', 'changes_requested');
        if (await act((client, id, loaded) => client.requestChanges(id, { comment }, loaded), note)) return;
      }
    }
  },
});

function latestVerdict(assessment: Assessment, section: SectionId, reviewer: string) {
  return assessment.review.verdicts.filter((v) => v.section === section && v.by === reviewer).at(-1);
}
