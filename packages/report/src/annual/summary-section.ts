import { inSentence } from '@eqia/core';
import { cell, paragraph, type Section, section } from '../document/blocks.js';
import { dayOf, type ReportLanguage } from '../language/report-language.js';
import type { AnnualReport } from './annual-report.js';

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

/** The summary the report opens with: objectives, what was completed, the data, and the year ahead. */
export function summarySection(report: AnnualReport, lang: ReportLanguage): Section {
  const { period, actions } = report;
  const words = lang.words.annual;
  const date = lang.date;
  const today = date(dayOf(report.generatedAt));
  return section('summary', words.summary.heading, [
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
}
