import { formatRatio, formatShare } from '@eqia/core';
import { cell, paragraph, type Section, section } from '../document/blocks.js';
import type { AnnualDisparity, ComparedPopulation, FlaggedGroup } from './disparities.js';

const describe = (side: ComparedPopulation) => `${side.label} (${side.area}, ${side.period})`;

/** "Ethnic group (19 categories in 5 groups)" → "ethnic group". */
const setPhrase = (label: string) => (label.split(' (')[0] ?? label).toLowerCase();

/** "Black … (6.4% against 3.8%, ratio 1.67)", one group a line. */
function groupsCell(groups: FlaggedGroup[]) {
  if (groups.length === 0) return cell('None', 'muted');
  return cell(
    groups
      .map((group) => {
        const ratio = group.ratio === null ? '' : `, ratio ${formatRatio(group.ratio)}`;
        return `${group.label} (${formatShare(group.populationShare)} against ${formatShare(group.baselineShare)}${ratio})`;
      })
      .join('\n'),
  );
}

function completenessCell(disparity: AnnualDisparity) {
  if (disparity.notKnownShare === undefined) return cell('Not recorded', 'muted');
  if (disparity.notKnownShare === null) return cell('Suppressed (a small count)', 'muted');
  return cell(`${formatShare(disparity.notKnownShare)} not known`);
}

/** What the year's comparisons with the local population found, and how complete the data were. */
export function disparitySection(disparities: readonly AnnualDisparity[]): Section {
  return section('disparities', 'Disparities found in the data', [
    paragraph(
      'Comparisons of the people services work with, or their staff, with a census baseline, attached as evidence to the current record of each assessment in the period. A group is over- or under-represented when its share of the baseline lies outside the confidence interval (Wilson) around its share of the population compared; shares are of those whose answer is known, and small counts are suppressed. Each assessment’s report gives the full table.',
    ),
    {
      kind: 'table',
      caption: 'Disparity analyses attached to assessments',
      columns: [
        'Analysis',
        'Assessment',
        'Compared',
        'Over-represented',
        'Under-represented',
        'Too few to say',
        'Completeness',
      ],
      rows: disparities.map((disparity) => [
        cell(disparity.evidenceTitle),
        cell(disparity.title),
        cell(
          `${describe(disparity.population)} with ${describe(disparity.baseline)}, by ${setPhrase(disparity.categorySet)}`,
        ),
        groupsCell(disparity.overRepresented),
        groupsCell(disparity.underRepresented),
        disparity.tooFewToSay.length ? cell(disparity.tooFewToSay.join('\n')) : cell('None', 'muted'),
        completenessCell(disparity),
      ]),
      rowHeaders: true,
      empty: 'No disparity analyses were attached in the period.',
    },
  ]);
}
