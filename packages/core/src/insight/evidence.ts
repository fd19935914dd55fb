import type { EvidenceItem } from '../schema/evidence.js';
import { characteristicPhrase, describeDisparity } from './describe.js';
import type { DisparityAnalysis } from './result.js';

export interface DisparityEvidenceDetails {
  /** The evidence item's id in the assessment. */
  id: string;
  /** Defaults to "<profile> compared with <baseline> by <characteristic>, <period>". */
  title?: string;
  /** When the profile's counts were produced (YYYY-MM-DD). */
  date?: string;
  url?: string;
}

/**
 * Turn a comparison into an evidence item (kind `data`) for the characteristic it covers, with a
 * plain-English summary and the result itself attached, so reports can render its table.
 */
export function disparityEvidence(
  analysis: DisparityAnalysis,
  details: DisparityEvidenceDetails,
): EvidenceItem {
  const { profile, baseline } = analysis;
  const title =
    details.title ??
    `${capitalise(profile.population.label)} compared with ${baseline.population.label} by ${characteristicPhrase(analysis)}, ${profile.period}`;
  const sources = [profile.source, baseline.source].filter((source) => source.trim() !== '');
  return {
    id: details.id,
    kind: 'data',
    title: title.slice(0, 300),
    source: sources.join('; ').slice(0, 500),
    url: details.url ?? '',
    ...(details.date ? { date: details.date } : {}),
    characteristics: [analysis.characteristic],
    summary: describeDisparity(analysis),
    limitations: `Counts below ${analysis.threshold} are suppressed, and a difference is called only at ${Math.round(analysis.confidence * 100)}% confidence: small groups may be reported as too few to say.`,
    disparity: analysis,
  };
}

const capitalise = (text: string) => `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
