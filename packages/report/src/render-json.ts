import {
  Assessment,
  type AssessmentEvent,
  canonicalJson,
  type LifecycleStatus,
  type RecordedEvent,
  type SigningKey,
} from '@eqia/core';
import { serializeExport, toExportDocument } from '@eqia/core/exchange';
import * as z from 'zod/mini';
import type { AnnualReport } from './annual/annual-report.js';
import type { BoardReport } from './objectives/board-report.js';

export interface AssessmentJsonInput {
  assessment: Assessment;
  status: LifecycleStatus;
  /** The assessment's whole log with its hash chain, so a reader can verify and replay it. */
  events: readonly RecordedEvent<AssessmentEvent>[];
  /** The profile's signing keys: the export carries those its sign-offs were signed with. */
  signingKeys?: readonly SigningKey[];
}

/**
 * The canonical export (`eqia.assessment`, with its format version): the same document `eqia export`
 * writes and `parseExportDocument` reads back, in canonical JSON so the same record gives the same bytes.
 */
export function renderAssessmentJson({
  assessment,
  status,
  events,
  signingKeys,
}: AssessmentJsonInput): string {
  return serializeExport(toExportDocument({ assessment, status }, events, signingKeys));
}

/**
 * The JSON Schema (2020-12) of an assessment, generated from core's zod schema: the same document as
 * `docs/schema/assessment.schema.json`. Describes what a writer may send (defaults may be left out).
 */
export function assessmentJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://eqia.dev/schema/assessment.schema.json',
    title: 'An equality impact assessment',
    ...z.toJSONSchema(Assessment, { io: 'input', unrepresentable: 'any' }),
  };
}

export const ANNUAL_REPORT_FORMAT = 'eqia.annual-report';
/**
 * 2: objectives, the completed assessments, `periodOpen`; impacts from assessments in force only.
 * 3: `data` (workforce and caseload profiles, suppressed, with census comparisons; pay gaps),
 * `engagement` and `next` (what falls due in the year after the period).
 * 4: each objective's `attention` is core's item (`kind`, `message` and the values it is worded from),
 * so a report can word it in Welsh.
 * 5: long lists are counted and cut: `actions.overdue` is a count, with `overdueAges`, `overdueByTeam`
 * and `longestOverdue` (the first `listed`); `reviews` is `{ count, overdue, soonest }`; `next` has
 * `actionCount` and `reviewCount` beside its lists, which hold the soonest.
 * 6: each objective's `welsh` (the Welsh of the texts shown, by their place in the entry) and
 * `staleWelsh` (the places whose Welsh is out of date), so a report in Welsh shows it.
 * 7: an impact tally or intersectional finding on an assessment's own affected group has its `group`
 * (its name), by which it is counted and shown: each assessment numbers its own groups.
 * 8: `welsh`, the Welsh of the assessments' texts shown, by their English, once for the report; an
 * assessment's action due next year has the Welsh it has, as an objective's does.
 */
export const ANNUAL_REPORT_FORMAT_VERSION = 8;

/** The annual report's data in canonical JSON, labelled with its format and version. */
export function renderAnnualReportJson(report: AnnualReport): string {
  return canonicalJson({
    format: ANNUAL_REPORT_FORMAT,
    formatVersion: ANNUAL_REPORT_FORMAT_VERSION,
    ...report,
  });
}

export const BOARD_REPORT_FORMAT = 'eqia.objectives-board-report';
/** 1: the objectives' progress at a day, as `eqia objectives report` builds it. */
export const BOARD_REPORT_FORMAT_VERSION = 1;

/** The board report on the equality objectives in canonical JSON, labelled with its format and version. */
export function renderBoardReportJson(report: BoardReport): string {
  return canonicalJson({
    format: BOARD_REPORT_FORMAT,
    formatVersion: BOARD_REPORT_FORMAT_VERSION,
    ...report,
  });
}
