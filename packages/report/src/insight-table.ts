import type { DisparityAnalysis, DisparitySide, RepresentationFlag } from '@eqia/core';
// From the light entry, as docx/docx-text.ts does: the Word writer, loaded on demand, imports this module.
import { formatCount, formatRatio, formatShare, inSentence, label } from '@eqia/core/light';

/**
 * The comparison as plain text cells, shared by the HTML and Markdown renderers so both say exactly the
 * same thing. It reads only the (already disclosure-controlled) result.
 */
export interface InsightTable {
  /** A short heading: "Ethnic group: children in our caseload compared with children living in Northshire". */
  title: string;
  /** The table's caption, with the areas and periods. */
  caption: string;
  /** The two populations, each spanning three data columns (count, share, interval) and two (count, share). */
  profileLabel: string;
  baselineLabel: string;
  /** The first column's heading, then count, share, interval, count, share, ratio, finding. */
  columns: string[];
  rows: { label: string; cells: string[]; flag: RepresentationFlag }[];
  totals: { label: string; cells: string[] }[];
  notes: string[];
}

export const SUPPRESSED = 'suppressed';

const count = (value: number | null) => (value === null ? SUPPRESSED : formatCount(value));
const share = (value: number | null) => (value === null ? SUPPRESSED : formatShare(value));

export function insightTable(analysis: DisparityAnalysis): InsightTable {
  const { profile, baseline, threshold } = analysis;
  const percent = `${Math.round(analysis.confidence * 1000) / 10}%`;
  const setName = analysis.categorySet.label.split(' (')[0] ?? analysis.categorySet.label;
  const rows = analysis.rows.map((row) => ({
    label: row.label,
    flag: row.flag,
    cells: [
      count(row.profile.count),
      share(row.profile.share),
      row.profile.interval
        ? `${formatShare(row.profile.interval.lower)} to ${formatShare(row.profile.interval.upper)}`
        : SUPPRESSED,
      count(row.baseline.count),
      share(row.baseline.share),
      row.ratio !== null
        ? formatRatio(row.ratio)
        : row.profile.suppressed || row.baseline.suppressed
          ? SUPPRESSED
          : 'not applicable',
      label('representationFlag', row.flag),
    ],
  }));
  const sources = [profile.source, baseline.source].filter((source) => source.trim() !== '');
  return {
    title: `${setName}: ${profile.population.label} compared with ${baseline.population.label}`,
    caption: `${describeSide(profile)} compared with ${describeSide(baseline)}, by ${setName.toLowerCase()}`,
    profileLabel: profile.population.label,
    baselineLabel: baseline.population.label,
    columns: [setName, 'Count', 'Share', `${percent} interval`, 'Count', 'Share', 'Ratio', 'Finding'],
    rows,
    totals: [
      { label: 'Answer known', cells: [count(profile.known), '', '', count(baseline.known), '', '', ''] },
      {
        label: 'Not known or prefer not to say',
        cells: [...notKnown(profile), '', ...notKnown(baseline), '', ''],
      },
      { label: 'Total', cells: [count(profile.total), '', '', count(baseline.total), '', '', ''] },
    ],
    notes: [
      `Shares are of the people whose answer is known. The interval is the ${percent} Wilson score interval ` +
        `around the share of ${profile.population.label}; a group is over- or under-represented when the share ` +
        `of ${baseline.population.label} lies outside it, and "${label('representationFlag', 'too_few_to_say')}" when a figure is suppressed. ` +
        `Ratio: the first share divided by the second.`,
      `Suppressed: counts fewer than ${threshold}, and where needed the next smallest count, so that no count ` +
        `fewer than ${threshold} can be worked out from the totals; shares, intervals and ratios derived from ` +
        'them are suppressed too.',
      ...(sources.length ? [`Sources: ${sources.join('; ')}.`] : []),
    ],
  };
}

/** What a chart of the analysis shows, in words: how it is drawn (`drawing`), then which groups differ. */
export function chartDescription(analysis: DisparityAnalysis, drawing: string): string {
  const flagged = analysis.rows.filter(
    (row) => row.flag === 'over_represented' || row.flag === 'under_represented',
  );
  const finding = flagged.length
    ? `${flagged.map((row) => `${row.label}: ${inSentence(label('representationFlag', row.flag))}`).join('; ')}.`
    : 'No group differs beyond the interval.';
  return `${drawing} ${finding} The table gives every figure.`;
}

function describeSide(side: DisparitySide): string {
  return `${side.population.label} (${side.area}, ${side.period})`;
}

/** The "not known" count and its share of the total: how complete the data are. */
function notKnown(side: DisparitySide): string[] {
  if (side.notKnown === undefined) return ['not recorded', ''];
  const ofTotal = side.notKnownShare === null ? SUPPRESSED : `${formatShare(side.notKnownShare)} of total`;
  return [count(side.notKnown), ofTotal];
}
