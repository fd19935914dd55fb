import type { DisparityAnalysis, DisparitySide, RepresentationFlag } from '@eqia/core';
// From the light entry, as docx/docx-text.ts does: the Word writer, loaded on demand, imports this module
// (so the language is passed in, never defaulted to English here).
import { formatCount, formatRatio, formatShare, inSentence } from '@eqia/core/light';
import type { AssessmentLanguage } from './language/report-language.js';

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

/**
 * The comparison in a language: census names in it where the catalogue has them, the population labels
 * as the analysis gives them (they are the organisation's own words).
 */
export function insightTable(analysis: DisparityAnalysis, lang: AssessmentLanguage): InsightTable {
  const words = lang.words.insight;
  const { profile, baseline, threshold } = analysis;
  const suppressed = words.suppressed;
  const count = (value: number | null) => (value === null ? suppressed : formatCount(value));
  const share = (value: number | null) => (value === null ? suppressed : formatShare(value));
  const percent = `${Math.round(analysis.confidence * 1000) / 10}%`;
  const setLabel = lang.censusSetName(analysis.categorySet.id, analysis.categorySet.label);
  const setName = setLabel.split(' (')[0] ?? setLabel;
  const rows = analysis.rows.map((row) => ({
    label: lang.censusCategory(analysis.categorySet.id, row.id, row.label),
    flag: row.flag,
    cells: [
      count(row.profile.count),
      share(row.profile.share),
      row.profile.interval
        ? words.range({
            lower: formatShare(row.profile.interval.lower),
            upper: formatShare(row.profile.interval.upper),
          })
        : suppressed,
      count(row.baseline.count),
      share(row.baseline.share),
      row.ratio !== null
        ? formatRatio(row.ratio)
        : row.profile.suppressed || row.baseline.suppressed
          ? suppressed
          : words.notApplicable,
      lang.label('representationFlag', row.flag),
    ],
  }));
  /** The "not known" count and its share of the total: how complete the data are. */
  const notKnown = (side: DisparitySide): string[] => {
    if (side.notKnown === undefined) return [words.notRecorded, ''];
    const ofTotal =
      side.notKnownShare === null ? suppressed : words.ofTotal({ share: formatShare(side.notKnownShare) });
    return [count(side.notKnown), ofTotal];
  };
  const sources = [profile.source, baseline.source].filter((source) => source.trim() !== '');
  const sides = { profile: profile.population.label, baseline: baseline.population.label };
  return {
    title: words.title({ set: setName, ...sides }),
    caption: words.caption({
      set: setName.toLowerCase(),
      profile: describeSide(profile),
      baseline: describeSide(baseline),
    }),
    profileLabel: sides.profile,
    baselineLabel: sides.baseline,
    columns: [
      setName,
      words.count,
      words.share,
      words.interval({ percent }),
      words.count,
      words.share,
      words.ratio,
      words.finding,
    ],
    rows,
    totals: [
      { label: words.known, cells: [count(profile.known), '', '', count(baseline.known), '', '', ''] },
      { label: words.notKnown, cells: [...notKnown(profile), '', ...notKnown(baseline), '', ''] },
      { label: words.total, cells: [count(profile.total), '', '', count(baseline.total), '', '', ''] },
    ],
    notes: [
      words.sharesNote({
        percent,
        ...sides,
        tooFew: lang.label('representationFlag', 'too_few_to_say'),
      }),
      words.suppressedNote({ threshold }),
      ...(sources.length ? [words.sources({ sources: sources.join('; ') })] : []),
    ],
  };
}

/** What a chart of the analysis shows, in words: how it is drawn (`drawing`), then which groups differ. */
export function chartDescription(
  analysis: DisparityAnalysis,
  drawing: string,
  lang: AssessmentLanguage,
): string {
  const words = lang.words.insight;
  const flagged = analysis.rows.filter(
    (row) => row.flag === 'over_represented' || row.flag === 'under_represented',
  );
  const finding = flagged.length
    ? `${flagged
        .map((row) =>
          words.flagged({
            group: lang.censusCategory(analysis.categorySet.id, row.id, row.label),
            flag: inSentence(lang.label('representationFlag', row.flag)),
          }),
        )
        .join('; ')}.`
    : words.noDifference;
  return `${drawing} ${finding} ${words.everyFigure}`;
}

function describeSide(side: DisparitySide): string {
  return `${side.population.label} (${side.area}, ${side.period})`;
}
