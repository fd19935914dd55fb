import type { Assessment, Finding, IsoDateTime, LifecycleStatus, LogReference, Profile } from '@eqia/core';
import type { AssessmentLanguage } from '../language/report-language.js';

/** Everything an assessment report is rendered from; renderers read nothing else (no clock, no store). */
export interface AssessmentReportInput {
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

/** What the sections of an assessment report read: the input, and the language they write in. */
export interface AssessmentContext extends AssessmentReportInput {
  lang: AssessmentLanguage;
}
