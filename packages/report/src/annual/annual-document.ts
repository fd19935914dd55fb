import type { LifecycleState, OutcomeKind, Profile } from '@eqia/core';
import { aboutSection } from '../document/about-section.js';
import { type Block, cell, paragraph, type ReportDocument, section } from '../document/blocks.js';
import { markedDocument } from '../document/mark-english.js';
import { characteristicsIn } from '../labels.js';
import { english } from '../language/english.js';
import type { ReportLanguage } from '../language/report-language.js';
import { objectivesSection } from '../objectives/objectives-section.js';
import { annualIn } from './annual-in-language.js';
import type { AnnualReport } from './annual-report.js';
import { commitmentsSection } from './commitments-section.js';
import { disparitySection } from './disparity-section.js';
import { impactsSection } from './impacts-section.js';
import {
  engagementSection,
  payGapSection,
  profilesSection,
  whatNextSection,
} from './organisation-sections.js';
import { summarySection } from './summary-section.js';

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

export function annualDocument(
  given: AnnualReport,
  profileGiven: Profile,
  lang: ReportLanguage = english,
): ReportDocument {
  // In Welsh, the profile's Welsh where written, and what stays English marked as English.
  const shown = annualIn(given, profileGiven, lang);
  const { report, profile } = shown;
  return markedDocument(annualBody(report, profile, lang), shown.english, shown.stale);
}

function annualBody(report: AnnualReport, profile: Profile, lang: ReportLanguage): ReportDocument {
  const { period, screening } = report;
  const words = lang.words.annual;
  const date = lang.date;
  const rate =
    screening.screenedOutRate === null
      ? words.overview.noScreening
      : words.overview.screenedOutRate({
          out: screening.screenedOut,
          decided: screening.decided,
          percent: Math.round(screening.screenedOutRate * 100),
        });
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
    lead: [summarySection(report, lang)],
    sections: [
      objectives,
      profilesSection(report.data, lang),
      payGapSection(report.data, lang),
      overview,
      impactsSection(report, profile, lang),
      disparitySection(report.disparities, lang),
      commitmentsSection(report, lang),
      engagementSection(report.engagement, lang),
      whatNextSection(report.next, lang),
      list,
    ],
    about: aboutSection(profile, report.generatedAt, lang),
  };
}
