import { type Assessment, type Frozen, schemaTyped } from '@eqia/core';
import type { AnswersFile } from './schema.js';

/** The answers that would reproduce an assessment's content (the demo builds its samples this way). */
export function answersFromAssessment(given: Frozen<Assessment>): AnswersFile {
  // Shares the assessment's parts (frozen, when the SDK returned it): the answers are for writing out.
  const assessment = schemaTyped<Assessment>(given);
  const { screening, monitoring } = assessment;
  return {
    policy: assessment.policy,
    decision: assessment.decision,
    screening: {
      answers: screening.answers,
      evidenceIds: screening.evidenceIds,
      related: screening.related,
      ...(screening.decision && {
        decision: { kind: screening.decision.kind, rationale: screening.decision.rationale },
      }),
    },
    evidence: assessment.evidence,
    engagement: assessment.engagement,
    analysis: assessment.analysis,
    intersectionality: assessment.intersectionality,
    generalDuty: assessment.generalDuty,
    ...(assessment.outcome && { outcome: assessment.outcome }),
    actions: assessment.actions,
    monitoring: {
      arrangements: monitoring.arrangements,
      postImplementationReview: monitoring.postImplementationReview,
      ...(monitoring.nextReviewDate && { nextReviewDate: monitoring.nextReviewDate }),
    },
    ...(assessment.welsh && { welsh: assessment.welsh }),
    ...(assessment.welshOf && { welshOf: assessment.welshOf }),
  };
}
