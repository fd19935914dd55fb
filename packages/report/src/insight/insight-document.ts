import {
  type DisparityAnalysis,
  formatShare,
  type IsoDateTime,
  inSentence,
  label,
  type Profile,
  type RepresentationFlag,
} from '@eqia/core';
import { aboutSection } from '../document/about-section.js';
import { paragraph, type ReportDocument, section } from '../document/blocks.js';
import { insightTable } from '../insight-table.js';
import { english } from '../language/english.js';

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
export function insightDocument({ analysis, profile, generatedAt }: InsightReportInput): ReportDocument {
  const table = insightTable(analysis);
  const { profile: counted, baseline } = analysis;
  const findings = shown.flatMap((flag) => {
    const rows = analysis.rows.filter((row) => row.flag === flag);
    if (rows.length === 0) return [];
    const groups = rows.map((row) =>
      flag === 'too_few_to_say' || row.profile.share === null || row.baseline.share === null
        ? row.label
        : `${row.label} (${formatShare(row.profile.share)} against ${formatShare(row.baseline.share)})`,
    );
    return [[`${label('representationFlag', flag)}: ${groups.join('; ')}`]];
  });
  const completeness =
    counted.notKnownShare === undefined
      ? `How many of ${counted.population.label} have no recorded answer was not given.`
      : counted.notKnownShare === null
        ? `How many of ${counted.population.label} have no recorded answer is suppressed (a small count).`
        : `${formatShare(counted.notKnownShare)} of ${counted.population.label} have no recorded answer.`;
  const summary = section('summary', 'Summary', [
    paragraph(`${table.caption.charAt(0).toUpperCase()}${table.caption.slice(1)}.`),
    findings.length
      ? { kind: 'list', items: findings }
      : paragraph(`No group differs from ${inSentence(baseline.population.label)} beyond the interval.`),
    paragraph(completeness),
  ]);
  return {
    lang: english,
    title: `Disparity analysis: ${table.title}`,
    subtitle: [
      { term: 'Organisation', value: profile.organisation },
      { term: 'Area', value: counted.area },
      { term: 'Periods', value: `${counted.period}; ${baseline.period}` },
    ],
    draft: false,
    lead: [summary],
    sections: [
      section('comparison', 'The comparison', [{ kind: 'disparity', id: 'comparison-table', analysis }]),
    ],
    about: aboutSection(profile, generatedAt),
  };
}
