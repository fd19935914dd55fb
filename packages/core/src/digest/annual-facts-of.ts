// The annual facts worked out from an assessment: apart from their shapes (annual-facts.ts), which the
// annual totals read at once, since only a digest (`@eqia/core/checks`) works them out.
import { dayOf } from '../checks/dates.js';
import type { Assessment } from '../schema/assessment.js';
import type { AnnualFacts, ImpactCount } from './annual-facts.js';
import { annualWelshOf } from './annual-welsh.js';
import { disparityFactsOf } from './disparity-facts.js';

export function annualFactsOf(assessment: Assessment): AnnualFacts {
  const lastApproved = assessment.review.approvals
    .filter((approval) => approval.decision === 'approved')
    .at(-1);
  const { decision, publication, withdrawal, monitoring } = assessment;
  const groupOf = groupsOf(assessment);
  const facts: AnnualFacts = {
    id: assessment.id,
    revision: assessment.revision,
    title: assessment.policy.title,
    reference: assessment.policy.reference,
    team: assessment.policy.team,
    createdOn: dayOf(assessment.createdAt),
    ...(decision.date && { decisionDate: decision.date }),
    ...(lastApproved && { lastApprovedOn: dayOf(lastApproved.at) }),
    ...(publication && { publishedOn: dayOf(publication.publishedAt) }),
    reaffirmedOn: monitoring.reaffirmations.map((reaffirmation) => dayOf(reaffirmation.at)),
    ...(withdrawal && { withdrawnOn: dayOf(withdrawal.at) }),
    ...(assessment.screening.decision && { screening: assessment.screening.decision.kind }),
    ...(assessment.outcome && { outcome: assessment.outcome.kind }),
    ...(monitoring.nextReviewDate && { nextReviewDate: monitoring.nextReviewDate }),
    impacts: impactCounts(assessment, groupOf),
    intersectional: assessment.intersectionality.impacts.map((impact) => ({
      members: impact.members.map(({ characteristic, subgroup }) => ({ characteristic, subgroup })),
      audience: impact.audience,
      ...groupOf(impact.audience),
      direction: impact.direction,
      ...(impact.severity && { severity: impact.severity }),
      description: impact.description,
    })),
    disparities: disparityFactsOf(assessment),
    actions: assessment.actions.map(({ id, status, description, owner, dueDate }) => ({
      id,
      status,
      description,
      owner,
      ...(dueDate && { dueDate }),
    })),
  };
  const welsh = annualWelshOf(assessment, facts);
  return welsh ? { ...facts, welsh } : facts;
}

/** `{ group }`, the name of the assessment's own affected group an audience id is, or nothing. */
function groupsOf(assessment: Assessment): (audience: string) => { group?: string } {
  const names = new Map(assessment.policy.otherGroups.map((group) => [group.id, group.label]));
  return (audience) => {
    const group = names.get(audience);
    return group === undefined ? {} : { group };
  };
}

function impactCounts(assessment: Assessment, groupOf: ReturnType<typeof groupsOf>): ImpactCount[] {
  const counts = new Map<string, ImpactCount>();
  for (const [characteristic, analysis] of Object.entries(assessment.analysis)) {
    for (const { audience, direction, severity } of analysis.impacts) {
      const key = `${characteristic}\u0000${audience}`;
      let count = counts.get(key);
      if (!count) {
        count = { characteristic, audience, ...groupOf(audience) };
        counts.set(key, count);
      }
      count[direction] = (count[direction] ?? 0) + 1;
      if (direction === 'negative' && severity === 'high') count.negativeHigh = (count.negativeHigh ?? 0) + 1;
    }
  }
  return [...counts.values()];
}
