import {
  type Aim,
  type Assessment,
  aimLabel,
  aims,
  findCharacteristic,
  type Impact,
  impactLabel,
  inSentence,
  label,
  type Profile,
  profileCharacteristics,
  type SectionId,
} from '@eqia/core';
import { personName } from './person.js';

/**
 * One section of an assessment as plain lines, for `eqia show` and the review flow. Short on purpose: the
 * HTML export is the full document; this is what a reviewer needs to read at a terminal.
 */
export function sectionLines(assessment: Assessment, section: SectionId, profile: Profile): string[] {
  const a = assessment;
  const or = (text: string, fallback = '—') => (text.trim() ? text : fallback);
  const audience = (id: string) =>
    profile.audiences.find((candidate) => candidate.id === id)?.label ??
    a.policy.otherGroups.find((group) => group.id === id)?.label ??
    id;
  const characteristic = (id: string) => findCharacteristic(profile, id)?.label ?? id;
  switch (section) {
    case 'policy':
      return [
        `Title: ${a.policy.title}${a.policy.reference ? ` (${a.policy.reference})` : ''}`,
        `Kind: ${label('policyKind', a.policy.kind)} (${inSentence(label('policyNovelty', a.policy.novelty))})   Team: ${or(a.policy.team)}   Owner: ${a.policy.owner ? personName(profile, a.policy.owner) : '—'}`,
        `Aims: ${or(a.policy.aims)}`,
        `Scope: ${or(a.policy.scope)}`,
        `Affects: ${[...a.policy.audiences.map(audience), ...a.policy.otherGroups.map((group) => group.label)].join(', ') || '—'}`,
        `Assessed by: ${a.policy.assessmentTeam.map((member) => (member.role ? `${member.name} (${member.role})` : member.name)).join(', ') || '—'}`,
      ];
    case 'decision':
      return [
        `Decision maker: ${or(a.decision.maker)}${a.decision.makerRole ? `, ${a.decision.makerRole}` : ''}`,
        `Date: ${a.decision.date ?? '—'}   Paper: ${or(a.decision.paperReference)}   Briefed on the duty: ${a.decision.makerBriefed ? 'yes' : 'no'}`,
        ...(a.decision.assessedOn ? [`Analysis carried out: ${a.decision.assessedOn}`] : []),
        ...(a.decision.alreadyTaken ? ['Recorded as already taken when this assessment was done.'] : []),
        `Notes: ${or(a.decision.notes)}`,
      ];
    case 'screening': {
      const answers = Object.entries(a.screening.answers).map(
        ([id, answer]) =>
          `  ${characteristic(id)}: ${label('relevance', answer.relevance)}${answer.likelyImpact ? ` (${inSentence(label('likelyImpact', answer.likelyImpact))})` : ''}${answer.reason ? ` — ${answer.reason}` : ''}`,
      );
      const decision = a.screening.decision;
      return [
        ...(answers.length ? ['Relevance:', ...answers] : ['Relevance: not screened yet']),
        decision
          ? `Decision: ${label('screeningDecision', decision.kind)} — ${decision.rationale} (${personName(profile, decision.decidedBy)})`
          : 'Decision: —',
        ...(a.screening.evidenceIds.length
          ? [
              `Evidence relied on: ${a.screening.evidenceIds.map((id) => a.evidence.items.find((item) => item.id === id)?.title ?? id).join('; ')}`,
            ]
          : []),
        ...a.screening.related.map(
          (entry) =>
            `Relies on: ${entry.title}${entry.reference ? ` <${entry.reference}>` : ''}${entry.covers ? ` — ${entry.covers}` : ''}`,
        ),
      ];
    }
    case 'evidence':
      return [
        ...a.evidence.items.map(
          (item) =>
            `  [${item.id}] ${label('evidenceKind', item.kind)}: ${item.title}${item.date ? ` (${item.date})` : ''}${item.limitations ? `\n    limits: ${item.limitations}` : ''}`,
        ),
        ...a.evidence.gaps.map(
          (gap) =>
            `  gap [${gap.id}]: ${gap.description}${gap.actionIds.length ? ` → ${gap.actionIds.join(', ')}` : ''}`,
        ),
      ].concat(a.evidence.items.length || a.evidence.gaps.length ? [] : ['No evidence recorded.']);
    case 'engagement':
      return a.engagement.length
        ? a.engagement.flatMap((engagement) => [
            `  ${engagement.who}${engagement.audience ? ` — ${audience(engagement.audience)}` : ''}${engagement.date ? ` (${engagement.date})` : ''}: ${or(engagement.whatTheySaid)}`,
            ...(engagement.whatChanged ? [`    changed: ${engagement.whatChanged}`] : []),
          ])
        : ['No engagement recorded.'];
    case 'analysis':
      return profileCharacteristics(profile).flatMap((definition) => {
        const analysis = a.analysis[definition.id];
        const status = analysis?.status ?? 'not_assessed';
        return [
          `${definition.label}: ${label('analysisStatus', status)}${analysis?.reasoning ? ` — ${analysis.reasoning}` : ''}`,
          ...(analysis?.impacts ?? []).map((impact) => `  ${impactLine(impact, audience)}`),
        ];
      });
    case 'intersectionality':
      return [
        ...a.intersectionality.impacts.map(
          (impact) =>
            `  ${impact.members.map((m) => (m.subgroup ? `${characteristic(m.characteristic)} (${m.subgroup})` : characteristic(m.characteristic))).join(' × ')}: ${impactLine(impact, audience)}`,
        ),
        ...(a.intersectionality.noneFoundReasoning
          ? [`None found: ${a.intersectionality.noneFoundReasoning}`]
          : []),
        `Cumulative impact: ${or(a.intersectionality.cumulativeImpact)}`,
      ];
    case 'generalDuty':
      return (Object.keys(aims) as Aim[]).map((aim) => `${aimLabel(aim)}: ${or(a.generalDuty[aim])}`);
    case 'outcome':
      return a.outcome
        ? [
            `Outcome: ${label('outcomeKind', a.outcome.kind)} — ${or(a.outcome.rationale)}`,
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
              `  [${action.id}] ${action.description} — ${action.owner || 'no owner'}, due ${action.dueDate ?? '—'}, ${inSentence(label('actionStatus', action.status))}`,
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
  const mitigation = impact.mitigation ? ` | mitigation: ${impact.mitigation}` : '';
  return `${impactLabel(impact.direction, impact.severity)} for ${audience(impact.audience)}: ${impact.description}${mitigation}`;
}
