import {
  type ImpactDirection,
  inSentence,
  type LifecycleState,
  type OutcomeKind,
  type Profile,
  profileCharacteristics,
} from '@eqia/core';
import { aboutSection } from '../document/about-section.js';
import { type Block, type Cell, cell, paragraph, type ReportDocument, section } from '../document/blocks.js';
import { markedDocument } from '../document/mark-english.js';
import { audienceLabel, characteristicsIn } from '../labels.js';
import { english } from '../language/english.js';
import { dayOf, type ReportLanguage } from '../language/report-language.js';
import { objectivesSection } from '../objectives/objectives-section.js';
import { annualIn } from './annual-in-language.js';
import type { AnnualReport, ImpactTally } from './annual-report.js';
import { disparitySection } from './disparity-section.js';
import {
  engagementSection,
  payGapSection,
  profilesSection,
  shown,
  whatNextSection,
} from './organisation-sections.js';

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

function countsTable<K extends string>(
  lang: ReportLanguage,
  caption: string,
  first: string,
  counts: Record<K, number>,
  label: (key: K) => string,
): Block {
  return {
    kind: 'table',
    caption,
    columns: [first, lang.words.annual.overview.assessments],
    rows: (Object.keys(counts) as K[])
      .filter((key) => counts[key] > 0)
      .map((key) => [cell(label(key)), cell(String(counts[key]))]),
    rowHeaders: true,
    empty: lang.words.annual.noneInPeriod,
  };
}

function impactGrid(report: AnnualReport, profile: Profile, lang: ReportLanguage): Block {
  const words = lang.words.annual.impacts;
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
    caption: words.caption,
    columns: [words.characteristic, ...audiences.map((id) => audienceLabel(profile, id))],
    rows: characteristics.map((characteristic) => [
      cell(lang.characteristicLabel(profile, characteristic)),
      ...audiences.map((audience) => tallyCell(find(characteristic, audience), lang)),
    ]),
    rowHeaders: true,
    empty: words.noCharacteristics,
  };
}

/** "4 equality objectives: 2 green, 2 amber." */
function objectivesSummary({ objectives }: AnnualReport, lang: ReportLanguage): string {
  const words = lang.words.annual.summary;
  if (objectives.length === 0) return words.noObjectives;
  const counts = (['green', 'amber', 'red'] as const)
    .map((rag) => ({ rag, count: objectives.filter((objective) => objective.rag === rag).length }))
    .filter(({ count }) => count > 0)
    .map(({ rag, count }) => `${count} ${inSentence(lang.label('rag', rag))}`);
  const rated = counts.length ? counts.join(', ') : words.notRated;
  return words.objectives({ n: objectives.length, rated });
}

/** What the new parts of the report hold, in a sentence or two for the summary. */
function dataSummary({ data, engagement, next }: AnnualReport, lang: ReportLanguage): string {
  const words = lang.words.annual.summary;
  const sentences: string[] = [];
  if (data.period !== undefined && data.profiles.length > 0) {
    const of = (population: string) =>
      data.profiles.filter((profile) => profile.population === population).length;
    sentences.push(
      words.compared({ workforce: of('workforce'), caseload: of('caseload'), period: data.period }),
    );
  } else sentences.push(words.noData);
  const gender = data.payGaps.find((gap) => gap.dimension === 'sex');
  if (gender) {
    const further = data.payGaps.length - 1;
    sentences.push(
      `${words.genderGap({ mean: gender.meanHourlyGap.toFixed(1), median: gender.medianHourlyGap.toFixed(1) })}${further > 0 ? words.furtherGaps({ n: further }) : ''}.`,
    );
  }
  const groups = engagement.reduce((sum, kind) => sum + kind.groups.length, 0);
  if (groups) sentences.push(words.engage({ n: groups }));
  sentences.push(
    words.yearAhead({
      milestones: next.milestones.length,
      actions: next.actionCount,
      reviews: next.reviewCount,
    }),
  );
  return sentences.join(' ');
}

/**
 * Overdue actions as a reader can use them: how late, by team, and the ones overdue longest, saying
 * how many are shown and where the full list is.
 */
function overdueBlocks({ actions }: AnnualReport, lang: ReportLanguage): Block[] {
  const words = lang.words.annual.commitments;
  if (actions.overdue === 0) return [paragraph(words.noOverdue)];
  const whole = actions.longestOverdue.length >= actions.overdue;
  return [
    paragraph(words.overdueAges(actions.overdueAges)),
    {
      kind: 'table',
      caption: words.byTeamCaption,
      columns: words.byTeamColumns,
      rows: actions.overdueByTeam.map(({ team, count }) => [cell(team || words.noTeam), cell(String(count))]),
      rowHeaders: true,
      empty: words.noOverdue,
    },
    ...(whole
      ? []
      : [
          paragraph(
            `${lang.words.annual.longestShown({ shown: actions.longestOverdue.length, total: actions.overdue })} ${
              actions.overdueListAt === undefined
                ? words.fullListOnRequest
                : words.fullListIn({ where: actions.overdueListAt })
            }`,
          ),
        ]),
    {
      kind: 'table',
      caption: words.overdueCaption,
      columns: words.overdueColumns,
      rows: actions.longestOverdue.map((action) => [
        cell(action.description),
        cell(action.title),
        cell(action.owner || words.noOwner),
        cell(lang.date(action.dueDate), 'negative'),
      ]),
      rowHeaders: true,
      empty: words.noOverdue,
    },
  ];
}

export function annualDocument(
  given: AnnualReport,
  profileGiven: Profile,
  lang: ReportLanguage = english,
): ReportDocument {
  // In Welsh, the profile's Welsh where written, and what stays English marked as English.
  const shown = annualIn(given, profileGiven, lang);
  const { report, profile } = shown;
  return markedDocument(annualBody(report, profile, lang), shown.english);
}

function annualBody(report: AnnualReport, profile: Profile, lang: ReportLanguage): ReportDocument {
  const { period, screening, actions } = report;
  const words = lang.words.annual;
  const date = lang.date;
  const today = date(dayOf(report.generatedAt));
  const rate =
    screening.screenedOutRate === null
      ? words.overview.noScreening
      : words.overview.screenedOutRate({
          out: screening.screenedOut,
          decided: screening.decided,
          percent: Math.round(screening.screenedOutRate * 100),
        });
  const summary = section('summary', words.summary.heading, [
    ...(report.periodOpen
      ? [
          {
            kind: 'paragraph' as const,
            content: [words.summary.periodOpen({ to: date(period.to), today })],
            tone: 'warning' as const,
          },
        ]
      : []),
    paragraph(
      `${objectivesSummary(report, lang)} ${words.summary.completed({ completed: report.completed.length, overdue: actions.overdue, today })}`,
    ),
    paragraph(dataSummary(report, lang)),
    {
      kind: 'table',
      caption: words.summary.caption,
      columns: words.summary.columns,
      rows: report.completed.map((entry) => [
        cell(entry.title),
        cell(entry.signedOffOn ? date(entry.signedOffOn) : '—'),
        cell(entry.publishedOn ? date(entry.publishedOn) : words.summary.notYet),
      ]),
      rowHeaders: true,
      empty: words.noneInPeriod,
    },
  ]);
  const objectives = objectivesSection(
    'objectives',
    words.objectives.heading,
    words.objectives.intro,
    report.objectives,
    profile,
    lang,
  );
  const outcomeLabel = (outcome: OutcomeKind | 'screened_out' | 'none') =>
    outcome === 'none'
      ? words.overview.noOutcome
      : outcome === 'screened_out'
        ? words.overview.screenedOutFull
        : lang.label('outcomeKind', outcome);
  const overview = section('overview', words.overview.heading, [
    paragraph(
      words.overview.count({ n: report.assessmentCount, from: date(period.from), to: date(period.to) }),
    ),
    countsTable(lang, words.overview.byState, words.overview.state, report.byState, (state: LifecycleState) =>
      lang.label('lifecycleState', state),
    ),
    countsTable(lang, words.overview.byOutcome, words.overview.outcome, report.byOutcome, outcomeLabel),
    paragraph(words.overview.screeningOut({ rate })),
  ]);
  const impacts = section('impacts', words.impacts.heading, [
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
        cell(audienceLabel(profile, finding.audience)),
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
  const commitments = section('commitments', words.commitments.heading, [
    paragraph(
      words.commitments.actions({
        open: actions.open,
        inProgress: actions.inProgress,
        done: actions.done,
        dropped: actions.dropped,
        overdue: actions.overdue,
        today,
      }),
    ),
    ...overdueBlocks(report, lang),
    ...shown(lang.words.annual.soonestShown, report.reviews.soonest.length, report.reviews.count),
    {
      kind: 'table',
      caption: words.commitments.reviewsCaption,
      columns: words.commitments.reviewsColumns,
      rows: report.reviews.soonest.map((review) => [
        cell(review.title),
        cell(date(review.nextReviewDate)),
        review.overdue ? cell(words.commitments.overdue, 'negative') : cell(words.commitments.due),
      ]),
      rowHeaders: true,
      empty: words.commitments.noReviews,
    },
  ]);
  const list = section('assessments', words.list.heading, [
    {
      kind: 'table',
      caption: words.list.caption,
      columns: words.list.columns,
      rows: report.assessments.map((entry) => [
        cell(words.list.revision({ title: entry.title, revision: entry.revision })),
        cell(entry.reference || entry.id),
        cell(lang.label('lifecycleState', entry.state)),
        cell(
          entry.screenedOut
            ? words.list.screenedOut
            : entry.outcome
              ? lang.label('outcomeKind', entry.outcome)
              : words.overview.noOutcome,
        ),
        cell(entry.activity.map((activity) => words.activity[activity]).join(', ')),
        cell(
          lang.list(characteristicsIn(lang, profile, entry.negativeCharacteristics)),
          entry.negativeCharacteristics.length ? 'negative' : 'muted',
        ),
      ]),
      rowHeaders: true,
      empty: words.list.empty,
    },
  ]);
  return {
    lang,
    title: words.title({ from: date(period.from), to: date(period.to) }),
    subtitle: [{ term: words.organisation, value: report.organisation }],
    draft: false,
    lead: [summary],
    sections: [
      objectives,
      profilesSection(report.data, lang),
      payGapSection(report.data, lang),
      overview,
      impacts,
      disparitySection(report.disparities, lang),
      commitments,
      engagementSection(report.engagement, lang),
      whatNextSection(report.next, lang),
      list,
    ],
    about: aboutSection(profile, report.generatedAt, lang),
  };
}
