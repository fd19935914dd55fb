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
import { english } from '../language/english.js';
import { objectivesSection } from '../objectives/objectives-section.js';
import type { AnnualReport, ImpactTally } from './annual-report.js';
import { disparitySection } from './disparity-section.js';
import {
  engagementSection,
  payGapSection,
  profilesSection,
  whatNextSection,
} from './organisation-sections.js';

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

/** "4 equality objectives: 2 green, 2 amber." */
function objectivesSummary({ objectives }: AnnualReport): string {
  if (objectives.length === 0) return 'No equality objectives are recorded yet.';
  const counts = (['green', 'amber', 'red'] as const)
    .map((rag) => ({ rag, count: objectives.filter((objective) => objective.rag === rag).length }))
    .filter(({ count }) => count > 0)
    .map(({ rag, count }) => `${count} ${inSentence(label('rag', rag))}`);
  const rated = counts.length ? counts.join(', ') : 'none reported on yet';
  return `${objectives.length} equality objective${objectives.length === 1 ? '' : 's'}: ${rated}.`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What the new parts of the report hold, in a sentence or two for the summary. */
function dataSummary({ data, engagement, next }: AnnualReport): string {
  const sentences: string[] = [];
  if (data.period !== undefined && data.profiles.length > 0) {
    const of = (population: string) =>
      data.profiles.filter((profile) => profile.population === population).length;
    sentences.push(
      `Our workforce (${of('workforce')} characteristics) and caseload (${of('caseload')}) in ${data.period} are compared with the census, small counts suppressed.`,
    );
  } else sentences.push('No workforce or caseload data were recorded for the period.');
  const gender = data.payGaps.find((gap) => gap.dimension === 'sex');
  if (gender)
    sentences.push(
      `Our gender pay gap is ${gender.meanHourlyGap.toFixed(1)}% (mean) and ${gender.medianHourlyGap.toFixed(1)}% (median) of men’s hourly pay${data.payGaps.length > 1 ? `; ${data.payGaps.length - 1} further pay gap${data.payGaps.length > 2 ? 's are' : ' is'} reported voluntarily` : ''}.`,
    );
  const groups = engagement.reduce((sum, kind) => sum + kind.groups.length, 0);
  if (groups) sentences.push(`We engage with ${groups} staff networks, boards and forums.`);
  sentences.push(
    `In the year ahead ${count(next.milestones.length, 'milestone')}, ${count(next.actions.length, 'action')} and ${count(next.reviews.length, 'review')} fall due.`,
  );
  return sentences.join(' ');
}

export function annualDocument(report: AnnualReport, profile: Profile): ReportDocument {
  const { period, screening, actions } = report;
  const rate =
    screening.screenedOutRate === null
      ? 'No screening decisions were taken in the period.'
      : `${screening.screenedOut} of ${screening.decided} screening decisions (${Math.round(screening.screenedOutRate * 100)}%) found no full assessment was needed.`;
  const summary = section('summary', 'Summary', [
    ...(report.periodOpen
      ? [
          {
            kind: 'paragraph' as const,
            content: [
              `The period runs to ${formatDate(period.to)} and is not over yet: these are the figures on ${formatDate(dayOf(report.generatedAt))}, not the final ones.`,
            ],
            tone: 'warning' as const,
          },
        ]
      : []),
    paragraph(
      `${objectivesSummary(report)} ${report.completed.length} equality impact assessments were signed off or published in the period, each policy counted once in its current revision. ${actions.overdue.length} actions were overdue on ${formatDate(dayOf(report.generatedAt))}.`,
    ),
    paragraph(dataSummary(report)),
    {
      kind: 'table',
      caption: 'Assessments signed off or published in the period (current revisions)',
      columns: ['Assessment', 'Signed off', 'Published'],
      rows: report.completed.map((entry) => [
        cell(entry.title),
        cell(entry.signedOffOn ? formatDate(entry.signedOffOn) : '—'),
        cell(entry.publishedOn ? formatDate(entry.publishedOn) : 'Not yet'),
      ]),
      rowHeaders: true,
      empty: 'None in the period.',
    },
  ]);
  const objectives = objectivesSection(
    'objectives',
    'Our equality objectives',
    'Each objective is owned by a member of the senior leadership team and reported to the Board every quarter. Progress is as reported by the end of the period.',
    report.objectives,
  );
  const overview = section('overview', 'Overview', [
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
      'Counted from the assessments of the period that are in force (signed off or published), so each policy counts once, in its current revision; drafts and replaced revisions are left out. Key: ▼ negative, ? unknown, ▲ positive, ● neutral; negatives show how many were high severity before mitigation.',
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
        cell(action.description),
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
    lang: english,
    title: `Annual equality report ${formatDate(period.from)} to ${formatDate(period.to)}`,
    subtitle: [{ term: 'Organisation', value: report.organisation }],
    draft: false,
    lead: [summary],
    sections: [
      objectives,
      profilesSection(report.data),
      payGapSection(report.data),
      overview,
      impacts,
      disparitySection(report.disparities),
      commitments,
      engagementSection(report.engagement),
      whatNextSection(report.next),
      list,
    ],
    about: aboutSection(profile, report.generatedAt),
  };
}
