import type {
  Assessment,
  Finding,
  Frozen,
  IsoDateTime,
  LifecycleStatus,
  LogReference,
  Profile,
} from '@eqia/core';
import type { AssessmentLanguage } from '../language/report-language.js';

/** Everything an assessment report is rendered from; renderers read nothing else (no clock, no store). */
export interface ReportedAssessment {
  assessment: Assessment;
  status: LifecycleStatus;
  profile: Profile;
  /** The due-regard checks' findings; a draft lists them as open. */
  findings: readonly Finding[];
  /** When the report was produced: printed on it, and the day against which actions are overdue. */
  generatedAt: IsoDateTime;
  /** The log it was made from (`logReference`): printed so a published copy can be checked later. */
  reference?: LogReference;
}

/**
 * What the renderers take: read-only all the way down, so what the SDK returns (frozen) passes as it is.
 * They read it as ReportedAssessment, whose lists are the schema's: they never change what they read.
 */
export type AssessmentReportInput = Frozen<ReportedAssessment>;

/** What the sections of an assessment report read: the input, and the language they write in. */
export interface AssessmentContext extends ReportedAssessment {
  lang: AssessmentLanguage;
}
