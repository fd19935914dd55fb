import type { IsoDate, IsoDateTime, Objective, Profile } from '@eqia/core';
import { formatDate } from '../dates.js';
import { aboutSection } from '../document/about-section.js';
import { cell, type ReportDocument } from '../document/blocks.js';
import { renderHtmlDocument } from '../html/render-html.js';
import { english } from '../language/english.js';
import { renderMarkdownDocument } from '../markdown/render-markdown.js';
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
export function buildBoardReport({ objectives, asOf, now, profile }: BoardReportInput): BoardReport {
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

export function boardDocument(report: BoardReport, profile: Profile): ReportDocument {
  return {
    lang: english,
    title: `Equality objectives: progress to ${formatDate(report.asOf)}`,
    subtitle: [{ term: 'Organisation', value: report.organisation }],
    draft: false,
    lead: [
      {
        kind: 'section',
        id: 'at-a-glance',
        heading: 'At a glance',
        blocks: [
          {
            kind: 'table',
            caption: 'Each objective’s latest progress rating',
            columns: ['Objective', 'Owner', 'Progress', 'Measures reached'],
            rows: report.objectives.map((objective) => [
              cell(objective.title),
              cell(objective.owner.name),
              cell(
                ragText(objective),
                objective.rag === 'red' ? 'negative' : objective.rag === 'amber' ? 'warning' : undefined,
              ),
              cell(`${objective.measures.filter((m) => m.met).length} of ${objective.measures.length}`),
            ]),
            rowHeaders: true,
            empty: 'No approved objectives.',
          },
        ],
      },
    ],
    sections: [
      objectivesSection(
        'objectives',
        'Progress by objective',
        'Each objective’s owner reports its progress every quarter: the rating, what was done, the measures against their targets and the milestones of its plan.',
        report.objectives,
      ),
    ],
    about: aboutSection(profile, report.generatedAt),
  };
}

export function renderBoardReportHtml(report: BoardReport, profile: Profile): string {
  return renderHtmlDocument(boardDocument(report, profile));
}

export function renderBoardReportMarkdown(report: BoardReport, profile: Profile): string {
  return renderMarkdownDocument(boardDocument(report, profile));
}

export async function renderBoardReportDocx(report: BoardReport, profile: Profile): Promise<Uint8Array> {
  // Loaded on demand, as for the other reports: the Word writer is large.
  const { renderDocxDocument } = await import('../docx/render-docx.js');
  return renderDocxDocument(boardDocument(report, profile));
}
