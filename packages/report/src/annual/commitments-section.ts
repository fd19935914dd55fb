import { type Block, cell, paragraph, type Section, section } from '../document/blocks.js';
import { dayOf, type ReportLanguage } from '../language/report-language.js';
import type { AnnualReport } from './annual-report.js';
import { shown } from './organisation-sections.js';

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

/** What the organisation committed to: actions (the overdue ones first) and the reviews due. */
export function commitmentsSection(report: AnnualReport, lang: ReportLanguage): Section {
  const { actions } = report;
  const words = lang.words.annual;
  const date = lang.date;
  const today = date(dayOf(report.generatedAt));
  return section('commitments', words.commitments.heading, [
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
}
