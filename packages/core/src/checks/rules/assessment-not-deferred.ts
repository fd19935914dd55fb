import type { CheckContext } from '../context.js';
import { deferredAssessment } from '../phrases.js';
import { defineRule, type RuleViolation } from '../rule.js';

/** Text that may put the assessment off, where it is, and the characteristic it is about (if one). */
interface Passage {
  text: string;
  path: string;
  where: string;
  characteristic?: string;
}

// "Assess" anywhere in a word: an action to reassess assesses too.
const assessingWords = /assess|\b(eqia|eia|impact)/i;

const messages = {
  noInterimView: ({ where, words }: { where: string; words: string }) =>
    `${where} leaves the assessment to later ("${words}") without an interim view of the likely impact and its extent.`,
  noDatedAction: ({ where, words }: { where: string; words: string }) =>
    `${where} leaves the assessment to later ("${words}") without a dated action to assess it.`,
  screeningRationale: 'The screening rationale',
  screeningAnswer: ({ characteristic }: { characteristic: string }) => `${characteristic}’s screening`,
  analysis: ({ characteristic }: { characteristic: string }) => `The ${characteristic} analysis`,
  impact: ({ characteristic, impact }: { characteristic: string; impact: string }) =>
    `The ${characteristic} impact "${impact}"`,
  intersectionality: 'The intersectionality statement',
  cumulativeImpact: 'The cumulative impact statement',
  outcome: 'The outcome',
};

export const assessmentNotDeferred = defineRule({
  id: 'assessment-not-deferred',
  title: 'Assessment is not deferred to a later stage',
  defaultSeverity: 'warning',
  section: 'analysis',
  scope: 'all',
  why: 'The risk and extent of any adverse impact must be assessed before the policy is adopted, not as a "rearguard action" (Bracking para 26(4); Brown principle 2). Where detail is genuinely not yet known, the record must still give an interim view and commit to a dated assessment.',
  hint: 'Give an interim view of the likely impact and its severity now (an impact with a severity, or "unknown" with one), and add a dated action to assess it when the detail is known.',
  messages,
  evaluate: (context, say) => {
    const violations: RuleViolation[] = [];
    for (const passage of passages(context, say)) {
      const words = deferredAssessment(passage.text);
      if (!words) continue;
      if (passage.characteristic && !hasInterimView(context, passage.characteristic)) {
        violations.push({
          message: say.noInterimView({ where: passage.where, words }),
          path: passage.path,
        });
      }
      if (!hasDatedAction(context, passage.characteristic)) {
        violations.push({
          message: say.noDatedAction({ where: passage.where, words }),
          path: passage.path,
        });
      }
    }
    return violations;
  },
});

function passages(
  { assessment, characteristics, characteristicLabel, screenedOut }: CheckContext,
  say: typeof messages,
): Passage[] {
  const found: Passage[] = [];
  const decision = assessment.screening.decision;
  if (decision) {
    found.push({
      text: decision.rationale,
      path: 'screening.decision.rationale',
      where: say.screeningRationale,
    });
  }
  for (const { id } of characteristics) {
    const characteristic = characteristicLabel(id);
    if (screenedOut) {
      const answer = assessment.screening.answers[id];
      if (answer)
        found.push({
          text: answer.reason,
          path: `screening.answers.${id}.reason`,
          where: say.screeningAnswer({ characteristic }),
          characteristic: id,
        });
      continue;
    }
    const analysis = assessment.analysis[id];
    if (!analysis) continue;
    found.push({
      text: analysis.reasoning,
      path: `analysis.${id}.reasoning`,
      where: say.analysis({ characteristic }),
      characteristic: id,
    });
    analysis.impacts.forEach((impact, index) => {
      found.push({
        text: impact.description,
        path: `analysis.${id}.impacts.${index}.description`,
        where: say.impact({ characteristic, impact: impact.id }),
        characteristic: id,
      });
    });
  }
  if (!screenedOut) {
    const { noneFoundReasoning, cumulativeImpact } = assessment.intersectionality;
    found.push(
      {
        text: noneFoundReasoning,
        path: 'intersectionality.noneFoundReasoning',
        where: say.intersectionality,
      },
      {
        text: cumulativeImpact,
        path: 'intersectionality.cumulativeImpact',
        where: say.cumulativeImpact,
      },
    );
    if (assessment.outcome)
      found.push({ text: assessment.outcome.rationale, path: 'outcome.rationale', where: say.outcome });
  }
  return found;
}

/** A view of the likely impact now: a screening's likely impact, or an impact with a direction or severity. */
function hasInterimView({ assessment, screenedOut }: CheckContext, characteristic: string): boolean {
  if (screenedOut) return assessment.screening.answers[characteristic]?.likelyImpact !== undefined;
  return (assessment.analysis[characteristic]?.impacts ?? []).some(
    (impact) =>
      impact.severity !== undefined || (impact.direction !== 'unknown' && impact.direction !== 'neutral'),
  );
}

/**
 * A live action with a due date that will assess it: linked to the characteristic's impacts or data
 * gaps, or (for text about the whole assessment) any dated action to assess or to fill a gap.
 */
function hasDatedAction({ assessment, liveActions }: CheckContext, characteristic?: string): boolean {
  const dated = liveActions.filter((action) => action.dueDate);
  if (!characteristic) {
    return dated.some((action) => action.gapIds.length > 0 || assessingWords.test(action.description));
  }
  const analysis = assessment.analysis[characteristic];
  const impactIds = new Set((analysis?.impacts ?? []).map((impact) => impact.id));
  const linkedActions = new Set((analysis?.impacts ?? []).flatMap((impact) => impact.actionIds));
  const gaps = assessment.evidence.gaps.filter(
    (gap) => gap.characteristics.includes(characteristic) || analysis?.gapIds.includes(gap.id),
  );
  const gapIds = new Set(gaps.map((gap) => gap.id));
  const gapActions = new Set(gaps.flatMap((gap) => gap.actionIds));
  return dated.some(
    (action) =>
      linkedActions.has(action.id) ||
      gapActions.has(action.id) ||
      action.impactIds.some((id) => impactIds.has(id)) ||
      action.gapIds.some((id) => gapIds.has(id)),
  );
}
