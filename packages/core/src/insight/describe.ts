import { label } from '../labels/label.js';
import { formatRatio, formatShare } from './formats.js';
import type { DisparityAnalysis, DisparityRow, DisparitySide, RepresentationFlag } from './result.js';

/** "Ethnic group (19 categories in 5 groups)" → "ethnic group": how the set reads inside a sentence. */
export const characteristicPhrase = (analysis: DisparityAnalysis): string =>
  (analysis.categorySet.label.split(' (')[0] ?? analysis.categorySet.label).toLowerCase();

/**
 * A plain-English summary of a comparison, for an evidence item or a report. It reads only the
 * (already suppressed) result, so it cannot reveal a small count.
 */
export function describeDisparity(analysis: DisparityAnalysis): string {
  const { profile, baseline } = analysis;
  const by = characteristicPhrase(analysis);
  const sentences = [
    `${capitalise(profile.population.label)} (${profile.area}, ${profile.period}) compared with ` +
      `${baseline.population.label} (${baseline.area}, ${baseline.period}) by ${by}.`,
  ];
  const differing = (flag: RepresentationFlag) => analysis.rows.filter((row) => row.flag === flag);
  const flagged = (flag: RepresentationFlag, rows: string[]) => {
    if (rows.length) sentences.push(`${label('representationFlag', flag)}: ${rows.join('; ')}.`);
  };
  flagged('over_represented', differing('over_represented').map(comparison));
  flagged('under_represented', differing('under_represented').map(comparison));
  const inLine = differing('in_line');
  if (inLine.length)
    sentences.push(`In line with the baseline: ${inLine.map((row) => row.label).join('; ')}.`);
  flagged(
    'too_few_to_say',
    differing('too_few_to_say').map((row) => row.label),
  );
  sentences.push(completeness(profile, by));
  sentences.push(
    `Differences are flagged when the baseline share lies outside the ${Math.round(analysis.confidence * 100)}% ` +
      `Wilson interval of the profile share. Counts fewer than ${analysis.threshold} are suppressed, with ` +
      'further cells where needed so they cannot be worked out from the totals.',
  );
  return sentences.join(' ');
}

function comparison(row: DisparityRow): string {
  const profile = row.profile.share === null ? 'suppressed' : formatShare(row.profile.share);
  const baseline = row.baseline.share === null ? 'suppressed' : formatShare(row.baseline.share);
  const ratio = row.ratio === null ? '' : `, ratio ${formatRatio(row.ratio)}`;
  return `${row.label} (${profile} against ${baseline}${ratio})`;
}

function completeness(side: DisparitySide, by: string): string {
  if (side.notKnown === undefined) return `The profile records no "not known" answers for ${by}.`;
  if (side.notKnownShare === null) {
    return `The share of ${side.population.label} whose ${by} is not known is suppressed (a small count).`;
  }
  return `${by[0]?.toUpperCase()}${by.slice(1)} is not known for ${formatShare(side.notKnownShare)} of ${side.population.label}.`;
}

const capitalise = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
