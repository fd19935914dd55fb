import {
  type DisparityAnalysis,
  formatShare,
  type IsoDateTime,
  inSentence,
  type Profile,
  type RepresentationFlag,
} from '@eqia/core';
import { aboutSection } from '../document/about-section.js';
import { paragraph, type ReportDocument, section } from '../document/blocks.js';
import { englishTexts, profileIn } from '../document/foreign.js';
import { markedDocument } from '../document/mark-english.js';
import { insightTable } from '../insight-table.js';
import { assessmentEnglish } from '../language/english-assessment.js';
import type { AssessmentLanguage } from '../language/report-language.js';

/** Everything a standalone disparity report is rendered from. */
export interface InsightReportInput {
  analysis: DisparityAnalysis;
  /** The organisation's profile: its name, contact, other formats and accessibility statement. */
  profile: Profile;
  /** When the report was produced, printed on it. */
  generatedAt: IsoDateTime;
}

const shown: RepresentationFlag[] = ['over_represented', 'under_represented', 'too_few_to_say'];

/**
 * A disparity analysis as a document of its own: what was compared, the groups that differ (in words,
 * first), then the full table and chart, then how to get in touch.
 */
export function insightDocument(
  { analysis, profile: given, generatedAt }: InsightReportInput,
  lang: AssessmentLanguage = assessmentEnglish,
): ReportDocument {
  // In Welsh, the profile's Welsh where written; its English left, and the analysis's own words (who was
  // counted, where), marked as English.
  const { profile, english } = profileIn(given, lang);
  const { profile: counted, baseline } = analysis;
  const untranslated =
    lang.locale === 'en'
      ? []
      : englishTexts(english, [counted.population.label, baseline.population.label, counted.area]);
  const words = lang.words.insight.report;
  const table = insightTable(analysis, lang);
  const findings = shown.flatMap((flag) => {
    const groups = analysis.rows.flatMap((row, i) => {
      if (row.flag !== flag) return [];
      const group = table.rows[i]?.label ?? row.label;
      return flag === 'too_few_to_say' || row.profile.share === null || row.baseline.share === null
        ? [group]
        : [
            words.against({
              group,
              share: formatShare(row.profile.share),
              baseline: formatShare(row.baseline.share),
            }),
          ];
    });
    if (groups.length === 0) return [];
    return [[words.finding({ flag: lang.label('representationFlag', flag), groups: groups.join('; ') })]];
  });
  const who = counted.population.label;
  const completeness =
    counted.notKnownShare === undefined
      ? words.notGiven({ who })
      : counted.notKnownShare === null
        ? words.notKnownSuppressed({ who })
        : words.notKnown({ share: formatShare(counted.notKnownShare), who });
  const summary = section('summary', words.summary, [
    paragraph(`${table.caption.charAt(0).toUpperCase()}${table.caption.slice(1)}.`),
    findings.length
      ? { kind: 'list', items: findings }
      : paragraph(words.noneDiffers({ baseline: inSentence(baseline.population.label) })),
    paragraph(completeness),
  ]);
  return markedDocument(
    {
      lang,
      title: words.title({ title: table.title }),
      subtitle: [
        { term: words.organisation, value: profile.organisation },
        { term: words.area, value: counted.area },
        { term: words.periods, value: `${counted.period}; ${baseline.period}` },
      ],
      draft: false,
      lead: [summary],
      sections: [
        section('comparison', words.comparison, [{ kind: 'disparity', id: 'comparison-table', analysis }]),
      ],
      about: aboutSection(profile, generatedAt, lang),
    },
    untranslated,
  );
}
