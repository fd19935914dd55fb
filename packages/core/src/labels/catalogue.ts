import type { FindingSeverity } from '../checks/finding.js';
import type { ListName } from '../edits/list-items.js';
import type {
  PayGapDimension,
  PayGapGroup,
  PayQuartile,
  ReportedPopulation,
} from '../equality-data/equality-data.js';
import type { RepresentationFlag } from '../insight/result.js';
import type { LifecycleState } from '../lifecycle/state.js';
import type { ObjectiveStatus, Rag } from '../objectives/objective.js';
import type { ActionStatus } from '../schema/action.js';
import type { AnalysisStatus } from '../schema/analysis.js';
import type { ImpactDirection, Severity } from '../schema/common.js';
import type { EvidenceKind } from '../schema/evidence.js';
import type { DiscriminationRisk, ResidualSeverity } from '../schema/impact.js';
import type { OutcomeKind } from '../schema/outcome.js';
import type { PolicyKind, PolicyNovelty } from '../schema/policy.js';
import type { Jurisdiction, Role, StakeholderKind } from '../schema/profile.js';
import type { ApprovalDecision, VerdictKind } from '../schema/review.js';
import type { LikelyImpact, Relevance, ScreeningDecisionKind } from '../schema/screening.js';
import type { SectionId } from '../schema/section.js';

// Types only: the catalogue loads no schema, so the light entry (eqia list) can word a state too.

/**
 * One label for every value of every value set an assessment stores, keyed by the stored value. A
 * `Record` over each enum's values: a value without a label does not compile, in any language.
 * Labels are written as they stand alone, in sentence case ("In review"); `inSentence` lowers the
 * first letter for use inside a sentence. Characteristics, audiences, stakeholders and approval stages
 * are labelled where they are defined (the characteristics catalogue and the profile), not here.
 */
export interface ValueLabels {
  readonly lifecycleState: Readonly<Record<LifecycleState, string>>;
  readonly sectionTitle: Readonly<Record<SectionId, string>>;
  readonly policyKind: Readonly<Record<PolicyKind, string>>;
  readonly policyNovelty: Readonly<Record<PolicyNovelty, string>>;
  readonly relevance: Readonly<Record<Relevance, string>>;
  readonly likelyImpact: Readonly<Record<LikelyImpact, string>>;
  readonly jurisdiction: Readonly<Record<Jurisdiction, string>>;
  readonly screeningDecision: Readonly<Record<ScreeningDecisionKind, string>>;
  readonly evidenceKind: Readonly<Record<EvidenceKind, string>>;
  readonly analysisStatus: Readonly<Record<AnalysisStatus, string>>;
  readonly impactDirection: Readonly<Record<ImpactDirection, string>>;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly residualSeverity: Readonly<Record<ResidualSeverity, string>>;
  readonly discriminationRisk: Readonly<Record<DiscriminationRisk, string>>;
  readonly outcomeKind: Readonly<Record<OutcomeKind, string>>;
  readonly actionStatus: Readonly<Record<ActionStatus, string>>;
  readonly verdict: Readonly<Record<VerdictKind, string>>;
  readonly approvalDecision: Readonly<Record<ApprovalDecision, string>>;
  readonly role: Readonly<Record<Role, string>>;
  readonly findingSeverity: Readonly<Record<FindingSeverity, string>>;
  readonly representationFlag: Readonly<Record<RepresentationFlag, string>>;
  readonly objectiveStatus: Readonly<Record<ObjectiveStatus, string>>;
  readonly rag: Readonly<Record<Rag, string>>;
  readonly reportedPopulation: Readonly<Record<ReportedPopulation, string>>;
  readonly payGapDimension: Readonly<Record<PayGapDimension, string>>;
  readonly payGapGroup: Readonly<Record<PayGapGroup, string>>;
  readonly payQuartile: Readonly<Record<PayQuartile, string>>;
  readonly stakeholderKind: Readonly<Record<StakeholderKind, string>>;
  readonly listItem: Readonly<Record<ListName, string>>;
}

/** A value set of the catalogue: `'lifecycleState'`, `'policyKind'`… */
export type LabelSet = keyof ValueLabels;

/** The stored values of one value set: `LabelValue<'actionStatus'>` is `'open' | 'in_progress' | …`. */
export type LabelValue<S extends LabelSet> = keyof ValueLabels[S] & string;

/**
 * A short help beside a label, where a prompt needs more than the label ("Negative" — "adverse"). A
 * hint is optional: a value without one shows its label alone.
 */
export type ValueHints = { readonly [S in LabelSet]?: Readonly<Partial<Record<LabelValue<S>, string>>> };

/** Everything a language words: labels, hints, and the longer descriptions a report prints. */
export interface LabelCatalogue {
  readonly labels: ValueLabels;
  readonly hints: ValueHints;
  /** What each outcome means, in the EHRC's terms, for a reader of the report. */
  readonly outcomeDescription: Readonly<Record<OutcomeKind, string>>;
}
