import {
  type AssessmentSummary,
  type CheckLanguage,
  deepFreeze,
  isReviewDue,
  type PersistedSnapshot,
  type Profile,
} from '@eqia/core';
import { loadedChecks } from './checks-on-demand.js';
import type { AssessmentView } from './types.js';

/**
 * What every command and `get` return: the assessment, where it is, and the due-regard findings now,
 * worded in the client's language.
 */
export function toView(
  snapshot: PersistedSnapshot,
  summary: AssessmentSummary,
  profile: Profile,
  now: Date,
  language: CheckLanguage,
  head?: string,
): AssessmentView {
  return {
    assessment: snapshot.assessment,
    status: snapshot.status,
    summary,
    version: summary.version,
    ...(head && { head }),
    findings: loadedChecks().check(snapshot.assessment, profile, { now: now.toISOString(), language }),
    reviewDue: isReviewDue(snapshot, now),
  };
}

/**
 * The same view for queries over many assessments: the findings are worked out when first read, so a
 * report that never looks at them does not pay for ten thousand checks.
 */
export function toLazyView(
  snapshot: PersistedSnapshot,
  summary: AssessmentSummary,
  profile: Profile,
  now: Date,
  language: CheckLanguage,
  head?: string,
): AssessmentView {
  let findings: AssessmentView['findings'] | undefined;
  return {
    assessment: snapshot.assessment,
    status: snapshot.status,
    summary,
    version: summary.version,
    ...(head && { head }),
    get findings() {
      // Frozen as the rest of the view is, when it is made.
      findings ??= deepFreeze(
        loadedChecks().check(snapshot.assessment, profile, { now: now.toISOString(), language }),
      );
      return findings;
    },
    reviewDue: isReviewDue(snapshot, now),
  };
}
