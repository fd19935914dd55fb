import type { IsoDateTime, Profile } from '@eqia/core';
import { assessmentEnglish } from '../language/english-assessment.js';
import type { AssessmentLanguage } from '../language/report-language.js';
import { type Fact, type Inline, linkOrText, type Section, section } from './blocks.js';

/**
 * The closing section of every report: who to ask about it, how to get it in another format, where the
 * accessibility statement is (each from the profile, with a plain fallback when the profile is silent)
 * and when the document was produced.
 */
export function aboutSection(
  profile: Profile,
  generatedAt: IsoDateTime,
  lang: AssessmentLanguage = assessmentEnglish,
): Section {
  const words = lang.words.document.about;
  const { contact, contactLink, alternativeFormats, accessibilityStatement } = profile.publishing;
  const { organisation } = profile;
  const who = contact || organisation;
  const reach: Inline[] = contactLink
    ? [`${who}: `, linkOrText(contactLink.replace(/^mailto:/i, ''), contactLink)]
    : [who];
  const facts: Fact[] = [
    { term: words.questions, value: reach },
    { term: words.otherFormats, value: alternativeFormats || words.askFormats({ organisation }) },
    {
      term: words.accessibility,
      value: accessibilityStatement
        ? linkOrText(accessibilityStatement)
        : words.askAccessibility({ organisation }),
    },
    { term: words.produced, value: lang.dateTime(generatedAt) },
  ];
  return section('about', words.heading, [{ kind: 'facts', facts }]);
}
