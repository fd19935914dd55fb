import {
  type ActionStatus,
  type Aim,
  type AnalysisStatus,
  type ApprovalDecision,
  aims,
  type DiscriminationRisk,
  type EvidenceKind,
  findCharacteristic,
  type ImpactDirection,
  type LifecycleState,
  type OutcomeKind,
  type PolicyKind,
  type PolicyNovelty,
  type Profile,
  type Relevance,
  type ResidualSeverity,
  type Severity,
  type UserId,
} from '@eqia/core';
import type { Tone } from './document/blocks.js';

/** The words a report uses for the schema's enumerations. */

export const stateLabels: Record<LifecycleState, string> = {
  draft: 'Draft',
  assessing: 'Being assessed',
  screened_out: 'Screened out, awaiting review',
  in_review: 'In review',
  signed_off: 'Signed off',
  published: 'Published',
  withdrawn: 'Withdrawn',
  superseded: 'Superseded',
};

export const outcomeLabels: Record<OutcomeKind, string> = {
  no_major_change: 'No major change',
  adjust: 'Adjust the policy',
  continue: 'Continue despite adverse impact',
  stop: 'Stop and remove the policy',
};

export const outcomeExplanations: Record<OutcomeKind, string> = {
  no_major_change:
    'The assessment shows the policy is robust: no potential for discrimination or adverse impact was found.',
  adjust: 'The policy is changed to remove barriers or better advance equality.',
  continue:
    'The policy continues despite a potential adverse impact, which is objectively justified: a legitimate aim, pursued by proportionate means, with no less harmful alternative.',
  stop: 'The policy shows actual or potential unlawful discrimination and is stopped and removed.',
};

export const analysisStatusLabels: Record<AnalysisStatus, string> = {
  not_assessed: 'Not assessed',
  no_impact: 'No impact',
  impacts_identified: 'Impacts identified',
};

export const relevanceLabels: Record<Relevance, string> = {
  yes: 'Relevant',
  no: 'Not relevant',
  unsure: 'Unsure',
};

export const policyKindLabels: Record<PolicyKind, string> = {
  policy: 'Policy',
  procedure: 'Procedure',
  strategy: 'Strategy',
  service_change: 'Service change',
  restructure: 'Restructure',
  procurement: 'Procurement',
  budget: 'Budget',
  project: 'Project',
  other: 'Other',
};

export const noveltyLabels: Record<PolicyNovelty, string> = {
  new: 'New',
  revised: 'Revised',
  existing: 'Existing, assessed for the first time',
};

export const evidenceKindLabels: Record<EvidenceKind, string> = {
  data: 'Data',
  research: 'Research',
  consultation: 'Consultation',
  feedback: 'Feedback',
  complaints: 'Complaints',
  census: 'Census or national data',
  other: 'Other',
};

export const riskLabels: Record<DiscriminationRisk, string> = {
  direct: 'Direct discrimination',
  indirect: 'Indirect discrimination',
  harassment: 'Harassment',
  reasonable_adjustments: 'Failure to make reasonable adjustments',
};

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const approvalDecisionLabels: Record<ApprovalDecision, string> = {
  approved: 'Approved',
  changes_requested: 'Changes requested',
};

export const residualLabels: Record<ResidualSeverity, string> = {
  none: 'None (fully mitigated)',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** Symbols carry the direction for people who cannot tell the colours apart; the words carry it for everyone. */
const directionSymbols: Record<ImpactDirection, string> = {
  positive: '▲',
  negative: '▼',
  neutral: '●',
  unknown: '?',
};

const directionWords: Record<ImpactDirection, string> = {
  positive: 'Positive',
  negative: 'Negative',
  neutral: 'Neutral',
  unknown: 'Unknown',
};

/** "Negative (high)", "Positive": the direction and, for negatives, the severity. */
export function impactLabel(direction: ImpactDirection, severity?: Severity): string {
  const words = directionWords[direction];
  return direction === 'negative' && severity ? `${words} (${severity})` : words;
}

/** "▼ Negative (high)": the label with its symbol, for the impact grid. */
export function impactBadge(direction: ImpactDirection, severity?: Severity): string {
  return `${directionSymbols[direction]} ${impactLabel(direction, severity)}`;
}

export function impactTone(direction: ImpactDirection, severity?: Severity): Tone {
  if (direction === 'negative') return severity === 'high' ? 'negative-high' : 'negative';
  return direction;
}

/** How bad an impact is, worst first, so a grid cell leads with what matters most. */
export function impactRank(direction: ImpactDirection, severity?: Severity): number {
  if (direction === 'negative') return { high: 0, medium: 1, low: 2 }[severity ?? 'medium'];
  return { unknown: 3, neutral: 4, positive: 5 }[direction];
}

export const directionLegend = (Object.keys(directionSymbols) as ImpactDirection[])
  .map((direction) => `${directionSymbols[direction]} ${directionWords[direction]}`)
  .join(', ');

export function aimLabel(aim: Aim): string {
  return `${aims[aim].limb} ${aims[aim].label}`;
}

export function characteristicLabel(profile: Profile, id: string): string {
  return findCharacteristic(profile, id)?.label ?? id;
}

export function audienceLabel(profile: Profile, id: string): string {
  return profile.audiences.find((audience) => audience.id === id)?.label ?? id;
}

export function stakeholderLabel(profile: Profile, id: string): string {
  return profile.stakeholders.find((stakeholder) => stakeholder.id === id)?.name ?? id;
}

/** "Julie Brown, Strategic Lead for EDI", or the bare id for someone the profile does not know. */
export function userLabel(profile: Profile, id: UserId): string {
  const user = profile.users.find((candidate) => candidate.id === id);
  if (!user) return id;
  return user.jobTitle ? `${user.name}, ${user.jobTitle}` : user.name;
}

export function listOf(labels: readonly string[], none = 'None'): string {
  return labels.length === 0 ? none : labels.join(', ');
}
