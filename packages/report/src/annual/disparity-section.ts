import { censusCategorySets, formatRatio, formatShare } from '@eqia/core';
import { cell, paragraph, type Section, section } from '../document/blocks.js';
import type { ReportLanguage } from '../language/report-language.js';
import type { AnnualDisparity, ComparedPopulation, FlaggedGroup } from './disparities.js';
import { setPhrase } from './organisation-sections.js';

const describe = (side: ComparedPopulation) => `${side.label} (${side.area}, ${side.period})`;

/** "Black … (6.4% against 3.8%, ratio 1.67)", one group a line. */
function groupsCell(groups: FlaggedGroup[], setId: string, lang: ReportLanguage) {
  const words = lang.words.annual.disparities;
  if (groups.length === 0) return cell(lang.words.annual.none, 'muted');
  return cell(
    groups
      .map((group) =>
        words.group({
          group: lang.censusCategory(setId, group.id, group.label),
          share: formatShare(group.populationShare),
          baseline: formatShare(group.baselineShare),
          ratio: group.ratio === null ? '' : words.ratio({ ratio: formatRatio(group.ratio) }),
        }),
      )
      .join('\n'),
  );
}

function completenessCell(disparity: AnnualDisparity, lang: ReportLanguage) {
  const words = lang.words.annual.disparities;
  if (disparity.notKnownShare === undefined) return cell(words.notRecorded, 'muted');
  if (disparity.notKnownShare === null) return cell(words.suppressed, 'muted');
  return cell(words.notKnown({ share: formatShare(disparity.notKnownShare) }));
}

/** A digest names its census set by its (English) label: the catalogue's set of that name, if any. */
const setIdOf = (label: string) => censusCategorySets.find((set) => set.label === label)?.id ?? '';

/**
 * A group too few to say about, which a digest names by its (English) label only: in the report's
 * language when the set has a group or category of that label, else as stored.
 */
function tooFewGroup(setId: string, label: string, lang: ReportLanguage): string {
  const set = censusCategorySets.find((candidate) => candidate.id === setId);
  const known = [...(set?.groups ?? []), ...(set?.categories ?? [])].find((item) => item.label === label);
  return known ? lang.censusCategory(setId, known.id, label) : label;
}

/** What the year's comparisons with the local population found, and how complete the data were. */
export function disparitySection(disparities: readonly AnnualDisparity[], lang: ReportLanguage): Section {
  const words = lang.words.annual.disparities;
  return section('disparities', words.heading, [
    paragraph(words.intro),
    {
      kind: 'table',
      caption: words.caption,
      columns: words.columns,
      rows: disparities.map((disparity) => {
        const setId = setIdOf(disparity.categorySet);
        return [
          cell(disparity.evidenceTitle),
          cell(disparity.title),
          cell(
            words.compared({
              population: describe(disparity.population),
              baseline: describe(disparity.baseline),
              set: setPhrase(lang.censusSetName(setId, disparity.categorySet)),
            }),
          ),
          groupsCell(disparity.overRepresented, setId, lang),
          groupsCell(disparity.underRepresented, setId, lang),
          disparity.tooFewToSay.length
            ? cell(disparity.tooFewToSay.map((label) => tooFewGroup(setId, label, lang)).join('\n'))
            : cell(lang.words.annual.none, 'muted'),
          completenessCell(disparity, lang),
        ];
      }),
      rowHeaders: true,
      empty: words.empty,
    },
  ]);
}
