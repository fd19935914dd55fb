import { describe, expect, it } from 'vitest';
import { PayGapDimension, PayGapGroup, PayQuartile, ReportedPopulation } from '../src/analysis.js';
import {
  ActionStatus,
  AnalysisStatus,
  ApprovalDecision,
  DiscriminationRisk,
  EvidenceKind,
  englishLabels,
  type FindingSeverity,
  hint,
  ImpactDirection,
  impactLabel,
  inSentence,
  Jurisdiction,
  type LabelSet,
  type LabelValue,
  LikelyImpact,
  label,
  labelChoices,
  lifecycleStates,
  listNames,
  OutcomeKind,
  PolicyKind,
  PolicyNovelty,
  Relevance,
  RepresentationFlag,
  ResidualSeverity,
  Role,
  ScreeningDecisionKind,
  SectionId,
  Severity,
  StakeholderKind,
  VerdictKind,
} from '../src/index.js';
import { ObjectiveStatus, Rag } from '../src/objectives.js';

const findingSeverities: readonly FindingSeverity[] = ['error', 'warning', 'info'];

/** Every value set of the catalogue with the values the schema allows, in the schema's order. */
const valueSets: { [S in LabelSet]: readonly LabelValue<S>[] } = {
  lifecycleState: lifecycleStates,
  sectionTitle: SectionId.options,
  policyKind: PolicyKind.options,
  policyNovelty: PolicyNovelty.options,
  relevance: Relevance.options,
  likelyImpact: LikelyImpact.options,
  jurisdiction: Jurisdiction.options,
  screeningDecision: ScreeningDecisionKind.options,
  evidenceKind: EvidenceKind.options,
  analysisStatus: AnalysisStatus.options,
  impactDirection: ImpactDirection.options,
  severity: Severity.options,
  residualSeverity: ResidualSeverity.options,
  discriminationRisk: DiscriminationRisk.options,
  outcomeKind: OutcomeKind.options,
  actionStatus: ActionStatus.options,
  verdict: VerdictKind.options,
  approvalDecision: ApprovalDecision.options,
  role: Role.options,
  findingSeverity: findingSeverities,
  representationFlag: RepresentationFlag.options,
  listItem: listNames,
  objectiveStatus: ObjectiveStatus.options,
  rag: Rag.options,
  reportedPopulation: ReportedPopulation.options,
  payGapDimension: PayGapDimension.options,
  payGapGroup: PayGapGroup.options,
  payQuartile: PayQuartile.options,
  stakeholderKind: StakeholderKind.options,
};

const sets = Object.keys(valueSets) as LabelSet[];

describe('the labels catalogue', () => {
  it('has a value set for every set the catalogue words, and no other', () => {
    expect(Object.keys(englishLabels.labels).sort()).toEqual([...sets].sort());
  });

  it.each(sets)('%s: every value has a non-empty label, and nothing else is labelled', (set) => {
    const values: readonly string[] = valueSets[set];
    const labels: Record<string, string> = englishLabels.labels[set];
    // The catalogue lists values in the schema's order, so a prompt offers them in that order.
    expect(Object.keys(labels)).toEqual([...values]);
    for (const value of values) expect(labels[value]?.trim(), `${set}.${value}`).toBeTruthy();
  });

  it.each(sets)('%s: no two values share a label', (set) => {
    const labels = Object.values(englishLabels.labels[set] as Record<string, string>).map((text) =>
      text.toLowerCase(),
    );
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('hints and descriptions name only values that exist, and are not empty', () => {
    for (const [set, hints] of Object.entries(englishLabels.hints) as [LabelSet, Record<string, string>][])
      for (const [value, text] of Object.entries(hints)) {
        expect(valueSets[set] as readonly string[], `${set}.${value}`).toContain(value);
        expect(text.trim(), `${set}.${value}`).toBeTruthy();
      }
    for (const kind of OutcomeKind.options)
      expect(englishLabels.outcomeDescription[kind].trim()).toBeTruthy();
  });

  it('words values through the accessors', () => {
    expect(label('policyKind', 'budget')).toBe('Budget decision');
    expect(label('lifecycleState', 'in_review')).toBe('In review');
    expect(inSentence(label('lifecycleState', 'signed_off'))).toBe('signed off');
    expect(hint('impactDirection', 'negative')).toBe('adverse');
    expect(hint('impactDirection', 'positive')).toBeUndefined();
    expect(impactLabel('negative', 'high')).toBe('Negative (high)');
    expect(impactLabel('positive', 'high')).toBe('Positive');
    expect(labelChoices('verdict')).toEqual([
      { value: 'acceptable', label: 'Acceptable' },
      { value: 'improvable', label: 'Could be improved' },
      { value: 'to_correct', label: 'Must be corrected' },
    ]);
    expect(labelChoices('analysisStatus', ['no_impact'])).toEqual([
      { value: 'no_impact', label: 'No impact', hint: 'I can say why, with evidence or a data gap' },
    ]);
  });

  it('shows a value it does not know as stored, rather than nothing', () => {
    expect(label('lifecycleState', 'archived' as LabelValue<'lifecycleState'>)).toBe('archived');
  });
});
