import {
  type AssessmentSummary,
  type CheckLanguage,
  deepFreeze,
  isReviewDue,
  type PersistedSnapshot,
  type Profile,
} from '@eqia/core';
import { loadedChecks } from './checks-on-demand.js';
import type { AssessmentView } from './results.js';

/**
 * The view for queries over many assessments, and for a command's change: the findings are worked out
 * when first read, so a report that never looks at them does not pay for ten thousand checks.
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

/**
 * What `get`, a session's `view` and an import return: the lazy view with its findings worked out now,
 * worded in the client's language (a check that fails, fails the call that asked for the view).
 */
export function toView(
  snapshot: PersistedSnapshot,
  summary: AssessmentSummary,
  profile: Profile,
  now: Date,
  language: CheckLanguage,
  head?: string,
): AssessmentView {
  const view = toLazyView(snapshot, summary, profile, now, language, head);
  void view.findings;
  return view;
}
