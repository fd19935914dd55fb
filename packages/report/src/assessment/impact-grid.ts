import { type Impact, profileCharacteristics } from '@eqia/core';
import { type Block, type Cell, cell, paragraph, type Section, section } from '../document/blocks.js';
import { audienceLabel, impactRank, impactTone } from '../labels.js';
import type { AssessmentLanguage } from '../language/report-language.js';
import type { AssessmentContext } from './input.js';
import { subjectOf } from './references.js';

type GridImpact = Pick<Impact, 'audience' | 'direction' | 'severity'>;

/** The worst impact first, one per line, e.g. "▼ Negative (high)\n▲ Positive". */
function gridCell(
  lang: AssessmentLanguage,
  impacts: readonly GridImpact[],
  audience: string,
  fallback: Cell,
): Cell {
  const here = impacts
    .filter((impact) => impact.audience === audience)
    .sort((a, b) => impactRank(a.direction, a.severity) - impactRank(b.direction, b.severity));
  const worst = here[0];
  if (!worst) return fallback;
  const badges = [...new Set(here.map((impact) => lang.impactBadge(impact.direction, impact.severity)))];
  return cell(badges.join('\n'), impactTone(worst.direction, worst.severity));
}

/**
 * Characteristics (and intersections) down, audiences across: what the assessment found at a glance.
 * Every cell says its finding in words with a symbol, so it reads the same in greyscale, in print and
 * to a screen reader.
 */
export function impactGridSection({ assessment, profile, lang }: AssessmentContext): Section {
  const words = lang.words.assessment.grid;
  // The audiences the policy names (all the profile's when it names none), and any an impact is on.
  const named = assessment.policy.audiences.length
    ? assessment.policy.audiences
    : profile.audiences.map((audience) => audience.id);
  const impacted = [
    ...Object.values(assessment.analysis).flatMap((analysis) => analysis.impacts),
    ...assessment.intersectionality.impacts,
  ].map((impact) => impact.audience);
  const order = (id: string) => {
    const index = profile.audiences.findIndex((audience) => audience.id === id);
    return index === -1 ? profile.audiences.length : index;
  };
  const audienceIds = [...new Set([...named, ...impacted])].sort((a, b) => order(a) - order(b));
  const rows: Cell[][] = profileCharacteristics(profile).map((characteristic) => {
    const analysis = assessment.analysis[characteristic.id];
    const status = analysis?.status ?? 'not_assessed';
    const fallback = {
      not_assessed: cell(lang.label('analysisStatus', 'not_assessed'), 'warning'),
      no_impact: cell(lang.label('analysisStatus', 'no_impact'), 'muted'),
      impacts_identified: cell(words.noneRecorded, 'muted'),
    }[status];
    return [
      cell(lang.characteristic(characteristic).label),
      cell(lang.label('analysisStatus', status), status === 'not_assessed' ? 'warning' : undefined),
      ...audienceIds.map((audience) => gridCell(lang, analysis?.impacts ?? [], audience, fallback)),
    ];
  });
  for (const impact of assessment.intersectionality.impacts) {
    rows.push([
      cell(words.intersection({ members: subjectOf(impact, profile, lang) })),
      cell(lang.label('analysisStatus', 'impacts_identified')),
      ...audienceIds.map((audience) => gridCell(lang, [impact], audience, cell(words.noneRecorded, 'muted'))),
    ]);
  }
  const blocks: Block[] = [
    paragraph(words.key({ legend: lang.directionLegend })),
    {
      kind: 'table',
      caption: words.caption,
      columns: [
        words.characteristic,
        words.conclusion,
        ...audienceIds.map((id) => audienceLabel(profile, id, assessment.policy.otherGroups)),
      ],
      rows,
      rowHeaders: true,
      empty: words.noCharacteristics,
    },
  ];
  return section('impact-grid', words.heading, blocks);
}
