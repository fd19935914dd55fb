import type { IsoDateTime, Profile } from '@eqia/core';
import { formatDateTime } from '../dates.js';
import { type Fact, type Inline, linkOrText, type Section, section } from './blocks.js';

/**
 * The closing section of every report: who to ask about it, how to get it in another format, where the
 * accessibility statement is (each from the profile, with a plain fallback when the profile is silent)
 * and when the document was produced.
 */
export function aboutSection(profile: Profile, generatedAt: IsoDateTime): Section {
  const { contact, contactLink, alternativeFormats, accessibilityStatement } = profile.publishing;
  const who = contact || profile.organisation;
  const reach: Inline[] = contactLink
    ? [`${who}: `, linkOrText(contactLink.replace(/^mailto:/i, ''), contactLink)]
    : [who];
  const facts: Fact[] = [
    { term: 'Questions about this document', value: reach },
    {
      term: 'Other formats',
      value: alternativeFormats || `Ask ${profile.organisation} for this document in another format.`,
    },
    {
      term: 'Accessibility statement',
      value: accessibilityStatement
        ? linkOrText(accessibilityStatement)
        : `Ask ${profile.organisation} for its accessibility statement.`,
    },
    { term: 'Document produced', value: formatDateTime(generatedAt) },
  ];
  return section('about', 'Contact, other formats and accessibility', [{ kind: 'facts', facts }]);
}
