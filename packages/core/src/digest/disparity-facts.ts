import type { PopulationKind } from '../insight/dataset.js';
import type { DisparityRow, DisparitySide } from '../insight/result.js';
import type { Assessment } from '../schema/assessment.js';

/** One group a comparison flagged, with the figures behind the flag (never suppressed ones). */
export interface FlaggedGroup {
  id: string;
  label: string;
  /** The group's share of the population compared, and of the baseline. */
  populationShare: number;
  baselineShare: number;
  /** Population share ÷ baseline share; null when the baseline share is 0. */
  ratio: number | null;
}

export interface ComparedPopulation {
  kind: PopulationKind;
  label: string;
  area: string;
  period: string;
}

/** A disparity analysis attached to an assessment as evidence, as the annual report summarises it. */
export interface DisparityFacts {
  evidenceId: string;
  evidenceTitle: string;
  characteristic: string;
  /** The census set compared, such as "Ethnic group (19 categories in 5 groups)". */
  categorySet: string;
  population: ComparedPopulation;
  baseline: ComparedPopulation;
  overRepresented: FlaggedGroup[];
  underRepresented: FlaggedGroup[];
  /** Labels of the groups whose figures were suppressed (small counts). */
  tooFewToSay: string[];
  /** Completeness: the share of the population whose answer is not known. Absent when the source
   * records no such answer; null when it is suppressed. */
  notKnownShare?: number | null;
}

/**
 * Every disparity analysis in the assessment's evidence, in order. It reads the stored results, which
 * were suppressed when they were made, so a summary cannot reveal a small count either.
 */
export function disparityFactsOf(assessment: Assessment): DisparityFacts[] {
  return assessment.evidence.items.flatMap(({ id, title, disparity }) => {
    if (!disparity) return [];
    const flagged = (flag: DisparityRow['flag']) =>
      disparity.rows.filter((row) => row.flag === flag).flatMap(flaggedGroup);
    return [
      {
        evidenceId: id,
        evidenceTitle: title,
        characteristic: disparity.characteristic,
        categorySet: disparity.categorySet.label,
        population: compared(disparity.profile),
        baseline: compared(disparity.baseline),
        overRepresented: flagged('over_represented'),
        underRepresented: flagged('under_represented'),
        tooFewToSay: disparity.rows.filter((row) => row.flag === 'too_few_to_say').map((row) => row.label),
        ...(disparity.profile.notKnown === undefined
          ? {}
          : { notKnownShare: disparity.profile.notKnownShare }),
      },
    ];
  });
}

function flaggedGroup(row: DisparityRow): FlaggedGroup[] {
  // A flag other than "too few to say" needs both shares, so these are always shown figures.
  if (row.profile.share === null || row.baseline.share === null) return [];
  return [
    {
      id: row.id,
      label: row.label,
      populationShare: row.profile.share,
      baselineShare: row.baseline.share,
      ratio: row.ratio,
    },
  ];
}

const compared = ({ population, area, period }: DisparitySide): ComparedPopulation => ({
  kind: population.kind,
  label: population.label,
  area,
  period,
});
