import { aboutSection } from '../document/about-section.js';
import type { Inline, ReportDocument, Section } from '../document/blocks.js';
import { englishTexts, markInlines, profileIn } from '../document/foreign.js';
import { markTexts, staleNoted } from '../document/mark-english.js';
import type { AssessmentLanguage } from '../language/report-language.js';
import { actionPlanSection } from './action-plan-section.js';
import { analysisSection, intersectionalitySection } from './analysis-section.js';
import { approvalsSection, publicationSection } from './approvals-section.js';
import { chainInWelsh } from './chain-in-language.js';
import { generalDutySection, outcomeSection } from './duty-section.js';
import { engagementSection } from './engagement-section.js';
import { evidenceSection } from './evidence-section.js';
import { impactGridSection } from './impact-grid.js';
import { assessmentIn } from './in-language.js';
import type { ReportedAssessment } from './input.js';
import { monitoringSection } from './monitoring-section.js';
import { decisionSection, policySection } from './policy-section.js';
import { references } from './references.js';
import { withReview } from './review-section.js';
import { screeningSection } from './screening-section.js';
import { findingsSection, isDraft, standing, statusBanner } from './status-section.js';
import { summarySection } from './summary-section.js';
import { verificationSection } from './verification-section.js';

/**
 * The assessment report, in the order a reader needs it: any warning, the summary, then what, why and
 * who signed; the contents list sits between the summary and the body.
 */
export function assessmentDocument(given: ReportedAssessment, lang: AssessmentLanguage): ReportDocument {
  // Each text field in the report's language (the English where no Welsh is written, marked as English).
  const { assessment: inLanguage, ...texts } = assessmentIn(given.assessment, lang.locale);
  // The profile's texts in the report's language too (its Welsh where written), and the stages of the
  // assessment's approval chain (a copy of the profile's) and its approvals' attestations given as the
  // profile gives them.
  const shown = profileIn(given.profile, lang);
  const chain = lang.locale === 'en' ? undefined : chainInWelsh(inLanguage, given.profile);
  const assessment = chain
    ? { ...inLanguage, approvalChain: chain.approvalChain, review: chain.review }
    : inLanguage;
  const input = { ...given, assessment, profile: shown.profile };
  const context = { ...input, lang };
  const { profile, generatedAt } = input;
  const words = lang.words.assessment;
  // What the organisation and the authors wrote in English, marked as English inside a Welsh report.
  const english = englishTexts(texts.untranslated, shown.english, chain?.english ?? []);
  // Welsh written for English changed since, the authors' and the profile's, said to be out of date.
  const stale = new Set([...texts.stale, ...shown.stale, ...(chain?.stale ?? [])]);
  const marked = (sections: Section[]) => markTexts(sections, { ...texts, stale }, words.staleWelsh, english);
  const title = words.title({ policy: assessment.policy.title });
  const heading = markInlines([title], english) as Inline[];
  const refs = references(assessment, profile, lang);
  const draft = isDraft(input);
  const banner = statusBanner(context);
  return {
    lang,
    title,
    ...(heading.length > 1 && { heading }),
    subtitle: [
      { term: words.subtitle.organisation, value: profile.organisation },
      ...(assessment.policy.reference
        ? [{ term: words.subtitle.reference, value: assessment.policy.reference }]
        : []),
      { term: words.subtitle.status, value: standing(context) },
      { term: words.subtitle.revision, value: String(assessment.revision) },
    ].map((fact) => ({
      ...fact,
      value: staleNoted(markInlines(fact.value, english), stale, words.staleWelsh),
    })),
    draft,
    lead: marked([...(banner ? [banner] : []), summarySection(context)]),
    sections: marked(
      withReview(context, [
        ...(draft ? [findingsSection(context)] : []),
        policySection(context),
        impactGridSection(context),
        decisionSection(context),
        screeningSection(context),
        evidenceSection(context, refs),
        engagementSection(context),
        analysisSection(context, refs),
        intersectionalitySection(context, refs),
        generalDutySection(context),
        outcomeSection(context),
        actionPlanSection(context, refs),
        monitoringSection(context),
        approvalsSection(context),
        publicationSection(context),
      ]),
    ),
    ...(input.reference && { verification: verificationSection(input.reference, lang) }),
    about: marked([aboutSection(profile, generatedAt, lang)])[0] as Section,
  };
}
