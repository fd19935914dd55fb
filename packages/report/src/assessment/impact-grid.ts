import { type Impact, label, profileCharacteristics } from '@eqia/core';
import { type Block, type Cell, cell, paragraph, type Section, section } from '../document/blocks.js';
import {
  audienceLabel,
  characteristicLabel,
  directionLegend,
  impactBadge,
  impactRank,
  impactTone,
} from '../labels.js';
import type { AssessmentReportInput } from './input.js';

type GridImpact = Pick<Impact, 'audience' | 'direction' | 'severity'>;

/** The worst impact first, one per line, e.g. "▼ Negative (high)\n▲ Positive". */
function gridCell(impacts: readonly GridImpact[], audience: string, fallback: Cell): Cell {
  const here = impacts
    .filter((impact) => impact.audience === audience)
    .sort((a, b) => impactRank(a.direction, a.severity) - impactRank(b.direction, b.severity));
  const worst = here[0];
  if (!worst) return fallback;
  const badges = [...new Set(here.map((impact) => impactBadge(impact.direction, impact.severity)))];
  return cell(badges.join('\n'), impactTone(worst.direction, worst.severity));
}

/**
 * Characteristics (and intersections) down, audiences across: what the assessment found at a glance.
 * Every cell says its finding in words with a symbol, so it reads the same in greyscale, in print and
 * to a screen reader.
 */
export function impactGridSection({ assessment, profile }: AssessmentReportInput): Section {
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
      not_assessed: cell('Not assessed', 'warning'),
      no_impact: cell('No impact', 'muted'),
      impacts_identified: cell('None recorded', 'muted'),
    }[status];
    return [
      cell(characteristic.label),
      cell(label('analysisStatus', status), status === 'not_assessed' ? 'warning' : undefined),
      ...audienceIds.map((audience) => gridCell(analysis?.impacts ?? [], audience, fallback)),
    ];
  });
  for (const impact of assessment.intersectionality.impacts) {
    const members = impact.members.map((member) => {
      const name = characteristicLabel(profile, member.characteristic);
      return member.subgroup ? `${name} (${member.subgroup})` : name;
    });
    rows.push([
      cell(`Intersection: ${members.join(' × ')}`),
      cell(label('analysisStatus', 'impacts_identified')),
      ...audienceIds.map((audience) => gridCell([impact], audience, cell('None recorded', 'muted'))),
    ]);
  }
  const blocks: Block[] = [
    paragraph(
      `Key: ${directionLegend}. Negative impacts show their severity before mitigation. Each cell lists the impacts on that audience, worst first.`,
    ),
    {
      kind: 'table',
      caption: 'Impacts by characteristic and audience',
      columns: [
        'Characteristic',
        'Conclusion',
        ...audienceIds.map((id) => audienceLabel(profile, id, assessment.policy.otherGroups)),
      ],
      rows,
      rowHeaders: true,
      empty: 'No characteristics.',
    },
  ];
  return section('impact-grid', 'Impacts at a glance', blocks);
}
