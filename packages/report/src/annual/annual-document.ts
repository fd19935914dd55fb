import {
  type ImpactDirection,
  impactLabel,
  inSentence,
  type LifecycleState,
  label,
  type OutcomeKind,
  type Profile,
  profileCharacteristics,
} from '@eqia/core';
import { dayOf, formatDate } from '../dates.js';
import { aboutSection } from '../document/about-section.js';
import { type Block, type Cell, cell, paragraph, type ReportDocument, section } from '../document/blocks.js';
import { audienceLabel, characteristicLabel, listOf } from '../labels.js';
import type { AnnualReport, ImpactTally } from './annual-report.js';
import { disparitySection } from './disparity-section.js';

const activityLabels = {
  created: 'created',
  decided: 'decided',
  signed_off: 'signed off',
  published: 'published',
  reaffirmed: 'reaffirmed',
  withdrawn: 'withdrawn',
};

const word = (direction: ImpactDirection) => inSentence(label('impactDirection', direction));

/** "▼ 2 negative (1 high) · ▲ 1 positive", or "None" for an empty cell. */
function tallyCell(tally: ImpactTally | undefined): Cell {
  if (!tally) return cell('None', 'muted');
  const parts = [
    tally.negative &&
      `▼ ${tally.negative} ${word('negative')}${tally.negativeHigh ? ` (${tally.negativeHigh} ${inSentence(label('severity', 'high'))})` : ''}`,
    tally.unknown && `? ${tally.unknown} ${word('unknown')}`,
    tally.positive && `▲ ${tally.positive} ${word('positive')}`,
    tally.neutral && `● ${tally.neutral} ${word('neutral')}`,
  ].filter(Boolean) as string[];
  if (parts.length === 0) return cell('None', 'muted');
  const tone = tally.negativeHigh
    ? 'negative-high'
    : tally.negative
      ? 'negative'
      : tally.unknown
        ? 'unknown'
        : 'positive';
  return cell(parts.join('\n'), tone);
}

function countsTable<K extends string>(
  caption: string,
  first: string,
  counts: Record<K, number>,
  label: (key: K) => string,
): Block {
  return {
    kind: 'table',
    caption,
    columns: [first, 'Assessments'],
    rows: (Object.keys(counts) as K[])
      .filter((key) => counts[key] > 0)
      .map((key) => [cell(label(key)), cell(String(counts[key]))]),
    rowHeaders: true,
    empty: 'None in the period.',
  };
}

function impactGrid(report: AnnualReport, profile: Profile): Block {
  const audiences = [...new Set(report.impacts.map((tally) => tally.audience))];
  const characteristics = [
    ...new Set([
      ...profileCharacteristics(profile).map((c) => c.id),
      ...report.impacts.map((t) => t.characteristic),
    ]),
  ];
  const find = (characteristic: string, audience: string) =>
    report.impacts.find((tally) => tally.characteristic === characteristic && tally.audience === audience);
  return {
    kind: 'table',
    caption: 'Impacts found, by characteristic and audience (negatives first)',
    columns: ['Characteristic', ...audiences.map((id) => audienceLabel(profile, id))],
    rows: characteristics.map((characteristic) => [
      cell(characteristicLabel(profile, characteristic)),
      ...audiences.map((audience) => tallyCell(find(characteristic, audience))),
    ]),
    rowHeaders: true,
    empty: 'No characteristics.',
  };
}

export function annualDocument(report: AnnualReport, profile: Profile): ReportDocument {
  const { period, screening, actions } = report;
  const rate =
    screening.screenedOutRate === null
      ? 'No screening decisions were taken in the period.'
      : `${screening.screenedOut} of ${screening.decided} screening decisions (${Math.round(screening.screenedOutRate * 100)}%) found no full assessment was needed.`;
  const overview = section('overview', 'Summary', [
    paragraph(
      `${report.assessmentCount} equality impact assessments were created, decided, signed off, published, reaffirmed or withdrawn between ${formatDate(period.from)} and ${formatDate(period.to)}.`,
    ),
    countsTable('Assessments by state', 'State', report.byState, (state: LifecycleState) =>
      label('lifecycleState', state),
    ),
    countsTable(
      'Assessments by outcome',
      'Outcome',
      report.byOutcome,
      (outcome: OutcomeKind | 'screened_out' | 'none') =>
        outcome === 'none'
          ? 'No outcome yet'
          : outcome === 'screened_out'
            ? 'Screened out (no full assessment)'
            : label('outcomeKind', outcome),
    ),
    paragraph(`Screening out: ${rate}`),
  ]);
  const impacts = section('impacts', 'Impacts by characteristic and audience', [
    paragraph(
      'Counted from the current record of each assessment in the period (withdrawn and superseded revisions left out). Key: ▼ negative, ? unknown, ▲ positive, ● neutral; negatives show how many were high severity before mitigation.',
    ),
    impactGrid(report, profile),
    {
      kind: 'table',
      caption: 'Intersectional impacts found',
      columns: ['Intersection', 'Assessment', 'Who', 'Impact', 'Description'],
      rows: report.intersectional.map((finding) => [
        cell(
          finding.members
            .map((member) => {
              const name = characteristicLabel(profile, member.characteristic);
              return member.subgroup ? `${name} (${member.subgroup})` : name;
            })
            .join(' × '),
        ),
        cell(finding.title),
        cell(audienceLabel(profile, finding.audience)),
        cell(
          impactLabel(finding.direction, finding.severity),
          finding.direction === 'negative' ? 'negative' : undefined,
        ),
        cell(finding.description),
      ]),
      rowHeaders: true,
      empty: 'None found in the period.',
    },
  ]);
  const commitments = section('commitments', 'Actions and reviews', [
    paragraph(
      `Actions of the period's assessments and of every assessment still in force: ${actions.open} open, ${actions.inProgress} in progress, ${actions.done} done, ${actions.dropped} dropped; ${actions.overdue.length} overdue on ${formatDate(dayOf(report.generatedAt))}.`,
    ),
    {
      kind: 'table',
      caption: 'Overdue actions',
      columns: ['Action', 'Assessment', 'Owner', 'Due'],
      rows: actions.overdue.map((action) => [
        cell(`${action.actionId}: ${action.description}`),
        cell(action.title),
        cell(action.owner || 'No owner'),
        cell(formatDate(action.dueDate), 'negative'),
      ]),
      rowHeaders: true,
      empty: 'No overdue actions.',
    },
    {
      kind: 'table',
      caption: 'Reviews due by the end of the period, or overdue',
      columns: ['Assessment', 'Review date', 'Status'],
      rows: report.reviews.map((review) => [
        cell(review.title),
        cell(formatDate(review.nextReviewDate)),
        review.overdue ? cell('Overdue', 'negative') : cell('Due'),
      ]),
      rowHeaders: true,
      empty: 'No reviews due.',
    },
  ]);
  const list = section('assessments', 'Assessments in the period', [
    {
      kind: 'table',
      caption: 'Every assessment with activity in the period',
      columns: ['Assessment', 'Reference', 'State', 'Outcome', 'In the period', 'Negative impacts on'],
      rows: report.assessments.map((entry) => [
        cell(`${entry.title} (revision ${entry.revision})`),
        cell(entry.reference || entry.id),
        cell(label('lifecycleState', entry.state)),
        cell(
          entry.screenedOut
            ? 'Screened out'
            : entry.outcome
              ? label('outcomeKind', entry.outcome)
              : 'No outcome yet',
        ),
        cell(entry.activity.map((activity) => activityLabels[activity]).join(', ')),
        cell(
          listOf(entry.negativeCharacteristics),
          entry.negativeCharacteristics.length ? 'negative' : 'muted',
        ),
      ]),
      rowHeaders: true,
      empty: 'No assessments in the period.',
    },
  ]);
  return {
    title: `Equality impact assessments: annual report ${formatDate(period.from)} to ${formatDate(period.to)}`,
    subtitle: [{ term: 'Organisation', value: report.organisation }],
    draft: false,
    lead: [overview],
    sections: [impacts, disparitySection(report.disparities), commitments, list],
    about: aboutSection(profile, report.generatedAt),
  };
}
