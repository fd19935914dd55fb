import type { Frozen } from '@eqia/core';
import {
  type Assessment,
  inSentence,
  type Profile,
  type SectionId,
  sectionIds,
  type VerdictKind,
} from '@eqia/core';
import { msg, question, uiLabel } from '../messages/ui-language.js';
import { uiWords } from '../messages/ui-words.js';
import { profileName, stageAttestation } from '../output/profile-names.js';
import { sectionLines } from '../output/section-text.js';
import { assessmentInRunLanguage } from '../output/texts-in-language.js';
import type { WizardStep } from '../wizard/step.js';

const skip = 'skip';
const decide = 'decide';

/**
 * One step per section (read it, give a verdict and a comment), then the stage decision. Any section
 * can go straight to the decision, which then names the sections left without the reviewer's verdict.
 */
export function buildReviewSteps(profile: Frozen<Profile>, reviewer: string): WizardStep[] {
  // Set while passing over the sections between the one left and the decision; moving back reads them.
  const toDecision = { now: false };
  return [
    ...sectionIds.map((section) => sectionReviewStep(section, profile, reviewer, toDecision)),
    decisionStep(reviewer, toDecision),
  ];
}

function sectionReviewStep(
  section: SectionId,
  profile: Frozen<Profile>,
  reviewer: string,
  toDecision: { now: boolean },
): WizardStep {
  return {
    id: `review.${section}`,
    get title() {
      return uiLabel('sectionTitle', section);
    },
    section,
    readOnly: true,
    owns: (finding) => finding.section === section,
    async run({ ask, act, assessment, setContext }) {
      if (toDecision.now) return;
      // What the author wrote, in Welsh where written, else in English marked so, as `show` gives it.
      setContext(sectionLines(assessmentInRunLanguage(assessment()), section, profile));
      const previous = latestVerdict(assessment(), section, reviewer);
      const verdict = await ask.select<VerdictKind | typeof skip | typeof decide>({
        ...question((m, label) =>
          m.review.yourVerdict({ section: inSentence(label('sectionTitle', section)) }),
        ),
        choices: [
          ...uiWords().labelChoices('verdict'),
          { value: skip, label: msg.review.noVerdict },
          { value: decide, label: msg.review.goToDecision },
        ],
        initial: previous?.verdict ?? skip,
      });
      if (verdict === decide) toDecision.now = true;
      if (verdict === skip || verdict === decide) return;
      const comment = await ask.text({
        ...question((m) => (verdict === 'acceptable' ? m.review.commentOptional : m.review.whatShouldChange)),
        initial: previous?.comment ?? '',
        required: verdict === 'to_correct',
      });
      await act(
        (client, id, loaded) => client.verdict(id, { section, verdict, ...(comment && { comment }) }, loaded),
        `${uiLabel('sectionTitle', section)}: ${uiLabel('verdict', verdict)}`,
      );
    },
  };
}

const decisionStep = (reviewer: string, toDecision: { now: boolean }): WizardStep => ({
  id: 'review.decision',
  get title() {
    return msg.review.decisionTitle;
  },
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
          ? [
              msg.review.stage({ stage: profileName('approvalChain', stage) }),
              msg.review.attestation({ attestation: stageAttestation(stage) }),
            ]
          : [msg.review.notWaiting]),
        ...(unjudged.length
          ? [
              msg.review.unjudged({
                n: unjudged.length,
                of: sectionIds.length,
                sections: unjudged.map((section) => inSentence(uiLabel('sectionTitle', section))).join(', '),
              }),
            ]
          : []),
      ]);
      const decision = await ask.select({
        ...question((m) => m.review.approveOrSendBack),
        choices: [
          { value: 'approve', label: msg.review.approve },
          { value: 'changes', label: msg.review.requestChanges },
          { value: 'later', label: msg.review.later },
        ],
      });
      if (decision === 'later') return;
      if (decision === 'approve') {
        const accepted = await ask.confirm(question((m) => m.review.acceptAttestation));
        if (!accepted) continue;
        const comment = await ask.text(question((m) => m.review.approvalComment));
        const note = uiLabel('approvalDecision', 'approved');
        if (await act((client, id, loaded) => client.approve(id, comment ? { comment } : {}, loaded), note))
          return;
      } else {
        const comment = await ask.text({ ...question((m) => m.review.mustChange), required: true });
        const note = uiLabel('approvalDecision', 'changes_requested');
        if (await act((client, id, loaded) => client.requestChanges(id, { comment }, loaded), note)) return;
      }
    }
  },
});

function latestVerdict(assessment: Frozen<Assessment>, section: SectionId, reviewer: string) {
  return assessment.review.verdicts.filter((v) => v.section === section && v.by === reviewer).at(-1);
}
