import {
  type Frozen,
  type IsoDate,
  type IsoDateTime,
  type Objective,
  type Profile,
  schemaTyped,
} from '@eqia/core';
import { aboutSection } from '../document/about-section.js';
import { cell, type ReportDocument } from '../document/blocks.js';
import { profileIn } from '../document/foreign.js';
import { markedDocument } from '../document/mark-english.js';
import { renderHtmlDocument } from '../html/render-html.js';
import { english } from '../language/english.js';
import { eachLanguage, type ReportLanguage, type ReportLanguages } from '../language/report-language.js';
import { renderMarkdownDocument } from '../markdown/render-markdown.js';
import { progressIn } from './objective-in-language.js';
import { type ObjectiveProgress, objectiveProgress } from './objective-progress.js';
import { objectivesSection, ragText } from './objectives-section.js';

/** The quarterly progress report of the equality objectives to the Board: data, no markup. */
export interface BoardReport {
  organisation: string;
  /** The day the report reports on: only updates up to it count. */
  asOf: IsoDate;
  generatedAt: IsoDateTime;
  objectives: ObjectiveProgress[];
}

export interface BoardReportInput {
  objectives: readonly Objective[];
  asOf: IsoDate;
  now: IsoDateTime;
  profile: Profile;
}

/** Objectives not yet approved are left out: the Board reports on what it agreed. */
export function buildBoardReport(input: Frozen<BoardReportInput>): BoardReport {
  // It only reads: frozen objectives and profile (what the SDK returns) pass as they are.
  const { objectives, asOf, now, profile } = schemaTyped<BoardReportInput>(input);
  const agreed = objectives.filter(
    (objective) => objective.status !== 'draft' && objective.status !== 'awaiting_approval',
  );
  return {
    organisation: profile.organisation,
    asOf,
    generatedAt: now,
    objectives: agreed
      .map((objective) =>
        objectiveProgress(objective, profile, { from: objective.period.start, to: asOf }, asOf),
      )
      .sort((a, b) => a.title.localeCompare(b.title)),
  };
}

export function boardDocument(
  report: BoardReport,
  given: Profile,
  lang: ReportLanguage = english,
): ReportDocument {
  const words = lang.words.objectives.board;
  // In Welsh, the profile's Welsh where written, and its English left marked as English.
  const { profile, english: untranslated, stale } = profileIn(given, lang);
  const organisation =
    report.organisation === given.organisation ? profile.organisation : report.organisation;
  return markedDocument(
    {
      lang,
      title: words.title({ date: lang.date(report.asOf) }),
      subtitle: [{ term: words.organisation, value: organisation }],
      draft: false,
      lead: [
        {
          kind: 'section',
          id: 'at-a-glance',
          heading: words.glance,
          blocks: [
            {
              kind: 'table',
              caption: words.caption,
              columns: words.columns,
              rows: report.objectives.map((objective) => [
                titleCell(objective, lang),
                cell(objective.owner.name),
                cell(
                  ragText(objective, lang),
                  objective.rag === 'red' ? 'negative' : objective.rag === 'amber' ? 'warning' : undefined,
                ),
                cell(
                  words.reached({
                    met: objective.measures.filter((m) => m.met).length,
                    total: objective.measures.length,
                  }),
                ),
              ]),
              rowHeaders: true,
              empty: words.empty,
            },
          ],
        },
      ],
      sections: [
        objectivesSection('objectives', words.heading, words.intro, report.objectives, profile, lang),
      ],
      about: aboutSection(profile, report.generatedAt, lang),
    },
    untranslated,
    new Set(stale),
  );
}

// Renderers only read: a frozen input (what the SDK returns) passes to them as it is.
const documents = (report: BoardReport, profile: Frozen<Profile>, languages: ReportLanguages) =>
  eachLanguage(languages, (lang) => boardDocument(report, schemaTyped<Profile>(profile), lang));

export function renderBoardReportHtml(
  report: BoardReport,
  profile: Frozen<Profile>,
  languages: ReportLanguages = [english],
): string {
  return renderHtmlDocument(...documents(report, profile, languages));
}

export function renderBoardReportMarkdown(
  report: BoardReport,
  profile: Frozen<Profile>,
  languages: ReportLanguages = [english],
): string {
  return renderMarkdownDocument(...documents(report, profile, languages));
}

export async function renderBoardReportDocx(
  report: BoardReport,
  profile: Frozen<Profile>,
  languages: ReportLanguages = [english],
): Promise<Uint8Array> {
  // Loaded on demand, as for the other reports: the Word writer is large.
  const { renderDocxDocument } = await import('../docx/render-docx.js');
  return renderDocxDocument(...documents(report, profile, languages));
}

/** An objective's title in the report's language (English marked as such where it has no Welsh). */
function titleCell(objective: ObjectiveProgress, lang: ReportLanguage) {
  const shown = progressIn(objective, lang);
  return shown.cell(shown.progress.title);
}
