import type { Rule, RuleWords } from '../rule.js';
import { absenceNotEvidence } from './absence-not-evidence.js';
import { actionComplete } from './action-complete.js';
import { actionLinked } from './action-linked.js';
import { assessmentNotDeferred } from './assessment-not-deferred.js';
import { audiencesIdentified } from './audiences-identified.js';
import { characteristicConcluded } from './characteristic-concluded.js';
import { continueJustified } from './continue-justified.js';
import { cumulativeImpactConsidered } from './cumulative-impact-considered.js';
import { dataGapHasAction } from './data-gap-has-action.js';
import { decisionAfterSignOff } from './decision-after-sign-off.js';
import { decisionDateSet } from './decision-date-set.js';
import { decisionMakerBriefed } from './decision-maker-briefed.js';
import { decisionMakerNamed } from './decision-maker-named.js';
import { dueRegardBeforeDecision } from './due-regard-before-decision.js';
import { engagementReachesAffected } from './engagement-reaches-affected.js';
import { engagementRecorded } from './engagement-recorded.js';
import { engagementResponsesRecorded } from './engagement-responses-recorded.js';
import { evidenceDescribed } from './evidence-described.js';
import { evidenceFresh } from './evidence-fresh.js';
import { evidenceStrengthStated } from './evidence-strength-stated.js';
import { generalDutyStatements } from './general-duty-statements.js';
import { highSeverityEngaged } from './high-severity-engaged.js';
import { impactDescribed } from './impact-described.js';
import { impactEvidenced } from './impact-evidenced.js';
import { impactsListed } from './impacts-listed.js';
import { intersectionalityConsidered } from './intersectionality-considered.js';
import { marriageAimAOnly } from './marriage-aim-a-only.js';
import { mitigationHasAction } from './mitigation-has-action.js';
import { monitoringArranged } from './monitoring-arranged.js';
import { moreThanOneMind } from './more-than-one-mind.js';
import { negativeImpactMitigated } from './negative-impact-mitigated.js';
import { noImpactReasoned } from './no-impact-reasoned.js';
import { outcomeFitsImpacts } from './outcome-fits-impacts.js';
import { outcomeRecorded } from './outcome-recorded.js';
import { policyAimsStated } from './policy-aims-stated.js';
import { reasoningNotPasted } from './reasoning-not-pasted.js';
import { reasoningSpecific } from './reasoning-specific.js';
import { referencesResolve } from './references-resolve.js';
import { relevanceNotAdverse } from './relevance-not-adverse.js';
import { residualImpactJustified } from './residual-impact-justified.js';
import { reviewDateSet } from './review-date-set.js';
import { screeningDecided } from './screening-decided.js';
import { screeningOutAuthorised } from './screening-out-authorised.js';
import { screeningOutAwaitingAuthorisation } from './screening-out-awaiting-authorisation.js';
import { screeningOutEvidenced } from './screening-out-evidenced.js';
import { screeningOutReasoned } from './screening-out-reasoned.js';
import { unknownImpactHasAction } from './unknown-impact-has-action.js';
import { unlawfulDiscriminationNotContinued } from './unlawful-discrimination-not-continued.js';
import { welshTextCurrent } from './welsh-text-current.js';
import { welshTextWritten } from './welsh-text-written.js';

/**
 * The rule catalogue, in the order an author meets the sections. Ids are stable: profiles override
 * severities by id, and docs/checks.md is generated from this list.
 */
export const rules: readonly Rule[] = catalogueRules();

/**
 * Every rule's words in one language, by rule id, each message taking the values its English takes: a
 * language missing a rule or a message does not compile (`Messages.rules`).
 */
export type RuleCatalogue = {
  readonly [R in ReturnType<typeof catalogueRules>[number] as R['id']]: RuleWords<R['messages']>;
};

function catalogueRules() {
  return [
    policyAimsStated,
    audiencesIdentified,
    moreThanOneMind,
    decisionMakerNamed,
    decisionMakerBriefed,
    decisionDateSet,
    decisionAfterSignOff,
    dueRegardBeforeDecision,
    screeningDecided,
    screeningOutReasoned,
    relevanceNotAdverse,
    screeningOutEvidenced,
    screeningOutAuthorised,
    screeningOutAwaitingAuthorisation,
    evidenceDescribed,
    evidenceFresh,
    evidenceStrengthStated,
    dataGapHasAction,
    referencesResolve,
    engagementRecorded,
    engagementResponsesRecorded,
    engagementReachesAffected,
    highSeverityEngaged,
    characteristicConcluded,
    noImpactReasoned,
    absenceNotEvidence,
    assessmentNotDeferred,
    reasoningSpecific,
    reasoningNotPasted,
    impactsListed,
    impactDescribed,
    impactEvidenced,
    negativeImpactMitigated,
    residualImpactJustified,
    unknownImpactHasAction,
    marriageAimAOnly,
    intersectionalityConsidered,
    cumulativeImpactConsidered,
    generalDutyStatements,
    outcomeRecorded,
    outcomeFitsImpacts,
    continueJustified,
    unlawfulDiscriminationNotContinued,
    mitigationHasAction,
    actionComplete,
    actionLinked,
    monitoringArranged,
    reviewDateSet,
    welshTextWritten,
    welshTextCurrent,
  ] as const;
}
