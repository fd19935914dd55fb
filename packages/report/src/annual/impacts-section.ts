import { type ImpactDirection, inSentence, type Profile, profileCharacteristics } from '@eqia/core';
import { type Block, type Cell, cell, paragraph, type Section, section } from '../document/blocks.js';
import { audienceLabel } from '../labels.js';
import type { ReportLanguage } from '../language/report-language.js';
import type { AnnualReport, ImpactTally } from './annual-report.js';

/** "▼ 2 negative (1 high) · ▲ 1 positive", or "None" for an empty cell. */
function tallyCell(tally: ImpactTally | undefined, lang: ReportLanguage): Cell {
  const none = cell(lang.words.annual.none, 'muted');
  if (!tally) return none;
  const word = (direction: ImpactDirection) => inSentence(lang.label('impactDirection', direction));
  const high = inSentence(lang.label('severity', 'high'));
  const parts = [
    tally.negative &&
      `▼ ${tally.negative} ${word('negative')}${tally.negativeHigh ? ` (${tally.negativeHigh} ${high})` : ''}`,
    tally.unknown && `? ${tally.unknown} ${word('unknown')}`,
    tally.positive && `▲ ${tally.positive} ${word('positive')}`,
    tally.neutral && `● ${tally.neutral} ${word('neutral')}`,
  ].filter(Boolean) as string[];
  if (parts.length === 0) return none;
  const tone = tally.negativeHigh
    ? 'negative-high'
    : tally.negative
      ? 'negative'
      : tally.unknown
        ? 'unknown'
        : 'positive';
  return cell(parts.join('\n'), tone);
}

function impactGrid(report: AnnualReport, profile: Profile, lang: ReportLanguage): Block {
  const words = lang.words.annual.impacts;
  // A column an audience of the profile's, or an assessment's own group, by name (ImpactTally).
  const columnOf = (tally: ImpactTally) =>
    tally.group === undefined ? tally.audience : `\u0000${tally.group}`;
  const columns = [...new Map(report.impacts.map((tally) => [columnOf(tally), tally])).values()];
  const characteristics = [
    ...new Set([
      ...profileCharacteristics(profile).map((c) => c.id),
      ...report.impacts.map((t) => t.characteristic),
    ]),
  ];
  const find = (characteristic: string, column: ImpactTally) =>
    report.impacts.find(
      (tally) => tally.characteristic === characteristic && columnOf(tally) === columnOf(column),
    );
  return {
    kind: 'table',
    caption: words.caption,
    columns: [words.characteristic, ...columns.map((column) => audienceShown(profile, column))],
    rows: characteristics.map((characteristic) => [
      cell(lang.characteristicLabel(profile, characteristic)),
      ...columns.map((column) => tallyCell(find(characteristic, column), lang)),
    ]),
    rowHeaders: true,
    empty: words.noCharacteristics,
  };
}

/** Impacts found, by characteristic and audience, and those found where characteristics meet. */
export function impactsSection(report: AnnualReport, profile: Profile, lang: ReportLanguage): Section {
  const words = lang.words.annual;
  return section('impacts', words.impacts.heading, [
    paragraph(words.impacts.intro),
    impactGrid(report, profile, lang),
    {
      kind: 'table',
      caption: words.impacts.intersectional,
      columns: words.impacts.intersectionalColumns,
      rows: report.intersectional.map((finding) => [
        cell(
          finding.members
            .map((member) => {
              const name = lang.characteristicLabel(profile, member.characteristic);
              return member.subgroup ? `${name} (${member.subgroup})` : name;
            })
            .join(' × '),
        ),
        cell(finding.title),
        cell(audienceShown(profile, finding)),
        cell(
          lang.impactLabel(finding.direction, finding.severity),
          finding.direction === 'negative' ? 'negative' : undefined,
        ),
        cell(finding.description),
      ]),
      rowHeaders: true,
      empty: words.impacts.noneFound,
    },
  ]);
}

/** Who an impact is on: an assessment's own group by its name, else the profile's audience. */
const audienceShown = (profile: Profile, { audience, group }: { audience: string; group?: string }) =>
  group ?? audienceLabel(profile, audience);
