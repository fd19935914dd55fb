import { formatReference, type LogReference } from '@eqia/core';
import { paragraph, type Section, section } from '../document/blocks.js';
import { assessmentEnglish } from '../language/english-assessment.js';
import type { AssessmentLanguage } from '../language/report-language.js';

/**
 * The sentence every published copy carries so it can be checked against the store later: the head
 * hash of the log it was made from, as one token `eqia verify --document` finds in any format (HTML,
 * Markdown, a Word document), in any language. Renderers of other formats call this for the same words.
 */
export function verificationText(
  reference: LogReference,
  lang: AssessmentLanguage = assessmentEnglish,
): string {
  return lang.words.assessment.verification.text({
    version: reference.version,
    reference: formatReference(reference),
  });
}

/** The verification reference as a report section of its own. */
export function verificationSection(
  reference: LogReference,
  lang: AssessmentLanguage = assessmentEnglish,
): Section {
  return section('verification', lang.words.assessment.verification.heading, [
    paragraph(verificationText(reference, lang)),
  ]);
}
