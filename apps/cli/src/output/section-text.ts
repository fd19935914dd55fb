import {
  type Assessment,
  aims,
  type Impact,
  type Profile,
  profileCharacteristics,
  type SectionId,
} from '@eqia/core';

/**
 * One section of an assessment as plain lines, for `eqia show` and the review flow. Short on purpose: the
 * HTML export is the full document; this is what a reviewer needs to read at a terminal.
 */
export function sectionLines(assessment: Assessment, section: SectionId, profile: Profile): string[] {
  const a = assessment;
  const or = (text: string, fallback = '—') => (text.trim() ? text : fallback);
  const audience = (id: string) => profile.audiences.find((candidate) => candidate.id === id)?.label ?? id;
  switch (section) {
    case 'policy':
      return [
        `Title: ${a.policy.title}${a.policy.reference ? ` (${a.policy.reference})` : ''}`,
        `Kind: ${a.policy.kind}, ${a.policy.novelty}   Team: ${or(a.policy.team)}   Owner: ${a.policy.owner ?? '—'}`,
        `Aims: ${or(a.policy.aims)}`,
        `Scope: ${or(a.policy.scope)}`,
        `Affects: ${a.policy.audiences.map(audience).join(', ') || '—'}`,
      ];
    case 'decision':
      return [
        `Decision maker: ${or(a.decision.maker)}${a.decision.makerRole ? `, ${a.decision.makerRole}` : ''}`,
        `Date: ${a.decision.date ?? '—'}   Paper: ${or(a.decision.paperReference)}   Briefed on the duty: ${a.decision.makerBriefed ? 'yes' : 'no'}`,
      ];
    case 'screening': {
      const answers = Object.entries(a.screening.answers).map(
        ([id, answer]) => `  ${id}: ${answer.relevance}${answer.reason ? ` — ${answer.reason}` : ''}`,
      );
      const decision = a.screening.decision;
      return [
        ...(answers.length ? ['Relevance:', ...answers] : ['Relevance: not screened yet']),
        decision
          ? `Decision: ${decision.kind === 'full_assessment' ? 'full assessment' : 'not required'} — ${decision.rationale} (${decision.decidedBy})`
          : 'Decision: —',
      ];
    }
    case 'evidence':
      return [
        ...a.evidence.items.map(
          (item) => `  [${item.id}] ${item.kind}: ${item.title}${item.date ? ` (${item.date})` : ''}`,
        ),
        ...a.evidence.gaps.map(
          (gap) =>
            `  gap [${gap.id}]: ${gap.description}${gap.actionIds.length ? ` → ${gap.actionIds.join(', ')}` : ''}`,
        ),
      ].concat(a.evidence.items.length || a.evidence.gaps.length ? [] : ['No evidence recorded.']);
    case 'engagement':
      return a.engagement.length
        ? a.engagement.flatMap((engagement) => [
            `  ${engagement.who}${engagement.date ? ` (${engagement.date})` : ''}: ${or(engagement.whatTheySaid)}`,
            ...(engagement.whatChanged ? [`    changed: ${engagement.whatChanged}`] : []),
          ])
        : ['No engagement recorded.'];
    case 'analysis':
      return profileCharacteristics(profile).flatMap((characteristic) => {
        const analysis = a.analysis[characteristic.id];
        const status = analysis?.status ?? 'not_assessed';
        return [
          `${characteristic.label}: ${status.replace('_', ' ')}${analysis?.reasoning ? ` — ${analysis.reasoning}` : ''}`,
          ...(analysis?.impacts ?? []).map((impact) => `  ${impactLine(impact, audience)}`),
        ];
      });
    case 'intersectionality':
      return [
        ...a.intersectionality.impacts.map(
          (impact) =>
            `  ${impact.members.map((m) => (m.subgroup ? `${m.characteristic}=${m.subgroup}` : m.characteristic)).join(' × ')}: ${impactLine(impact, audience)}`,
        ),
        ...(a.intersectionality.noneFoundReasoning
          ? [`None found: ${a.intersectionality.noneFoundReasoning}`]
          : []),
        `Cumulative impact: ${or(a.intersectionality.cumulativeImpact)}`,
      ];
    case 'generalDuty':
      return (Object.keys(aims) as (keyof typeof aims)[]).map(
        (aim) => `${aims[aim].limb} ${aims[aim].label}: ${or(a.generalDuty[aim])}`,
      );
    case 'outcome':
      return a.outcome
        ? [
            `Outcome: ${a.outcome.kind.replaceAll('_', ' ')} — ${or(a.outcome.rationale)}`,
            ...(a.outcome.kind === 'continue'
              ? [
                  `Legitimate aim: ${or(a.outcome.legitimateAim)}`,
                  `Proportionality: ${or(a.outcome.proportionality)}`,
                ]
              : []),
          ]
        : ['Outcome: not decided yet'];
    case 'actions':
      return a.actions.length
        ? a.actions.map(
            (action) =>
              `  [${action.id}] ${action.description} — ${action.owner || 'no owner'}, due ${action.dueDate ?? '—'}, ${action.status}`,
          )
        : ['No actions.'];
    case 'monitoring':
      return [
        `Arrangements: ${or(a.monitoring.arrangements)}`,
        `Next review: ${a.monitoring.nextReviewDate ?? '—'}`,
      ];
  }
}

function impactLine(impact: Impact, audience: (id: string) => string): string {
  const severity = impact.direction === 'negative' && impact.severity ? ` ${impact.severity}` : '';
  const mitigation = impact.mitigation ? ` | mitigation: ${impact.mitigation}` : '';
  return `${impact.direction}${severity} for ${audience(impact.audience)}: ${impact.description}${mitigation}`;
}
