import type { Frozen } from '@eqia/core';
import {
  type Aim,
  type Assessment,
  aims,
  findCharacteristic,
  type Impact,
  inSentence,
  type Profile,
  profileCharacteristics,
  type SectionId,
  type Wording,
} from '@eqia/core';
import { msg } from '../messages/ui-language.js';
import { uiWords } from '../messages/ui-words.js';
import { personName } from './person.js';
import { audienceName } from './profile-names.js';

/**
 * One section of an assessment as plain lines, for `eqia show` and the review flow, in the language of
 * this run (what authors wrote stays as written). Short on purpose: the HTML export is the full document;
 * this is what a reviewer needs to read at a terminal.
 */
export function sectionLines(
  assessment: Frozen<Assessment>,
  section: SectionId,
  profile: Frozen<Profile>,
): string[] {
  const a = assessment;
  const words = uiWords();
  const { label } = words;
  const t = msg.sectionText;
  const or = (text: string, fallback = '—') => (text.trim() ? text : fallback);
  const audience = (id: string) =>
    audienceName(profile, id) ?? a.policy.otherGroups.find((group) => group.id === id)?.label ?? id;
  const characteristic = (id: string) => {
    const found = findCharacteristic(profile, id);
    return found ? words.characteristic(found).label : id;
  };
  switch (section) {
    case 'policy':
      return [
        t.title({ title: `${a.policy.title}${a.policy.reference ? ` (${a.policy.reference})` : ''}` }),
        t.kind({
          kind: label('policyKind', a.policy.kind),
          novelty: inSentence(label('policyNovelty', a.policy.novelty)),
          team: or(a.policy.team),
          owner: a.policy.owner ? personName(profile, a.policy.owner) : '—',
        }),
        t.aims({ text: or(a.policy.aims) }),
        t.scope({ text: or(a.policy.scope) }),
        t.affects({
          names:
            [...a.policy.audiences.map(audience), ...a.policy.otherGroups.map((group) => group.label)].join(
              ', ',
            ) || '—',
        }),
        t.assessedBy({
          names:
            a.policy.assessmentTeam
              .map((member) => (member.role ? `${member.name} (${member.role})` : member.name))
              .join(', ') || '—',
        }),
      ];
    case 'decision':
      return [
        t.maker({
          maker: `${or(a.decision.maker)}${a.decision.makerRole ? `, ${a.decision.makerRole}` : ''}`,
        }),
        t.decisionDate({
          date: a.decision.date ?? '—',
          paper: or(a.decision.paperReference),
          briefed: a.decision.makerBriefed,
        }),
        ...(a.decision.assessedOn ? [t.analysedOn({ date: a.decision.assessedOn })] : []),
        ...(a.decision.alreadyTaken ? [t.alreadyTaken] : []),
        t.notes({ text: or(a.decision.notes) }),
      ];
    case 'screening': {
      const answers = Object.entries(a.screening.answers).map(
        ([id, answer]) =>
          `  ${characteristic(id)}: ${label('relevance', answer.relevance)}${answer.likelyImpact ? ` (${inSentence(label('likelyImpact', answer.likelyImpact))})` : ''}${answer.reason ? ` — ${answer.reason}` : ''}`,
      );
      const decision = a.screening.decision;
      return [
        ...(answers.length ? [t.relevance, ...answers] : [t.notScreened]),
        t.screeningDecision({
          decision: decision
            ? `${label('screeningDecision', decision.kind)} — ${decision.rationale} (${personName(profile, decision.decidedBy)})`
            : '—',
        }),
        ...(a.screening.evidenceIds.length
          ? [
              t.evidenceReliedOn({
                titles: a.screening.evidenceIds
                  .map((id) => a.evidence.items.find((item) => item.id === id)?.title ?? id)
                  .join('; '),
              }),
            ]
          : []),
        ...a.screening.related.map((entry) =>
          t.reliesOn({
            title: `${entry.title}${entry.reference ? ` <${entry.reference}>` : ''}${entry.covers ? ` — ${entry.covers}` : ''}`,
          }),
        ),
      ];
    }
    case 'evidence':
      return [
        ...a.evidence.items.map(
          (item) =>
            `  [${item.id}] ${label('evidenceKind', item.kind)}: ${item.title}${item.date ? ` (${item.date})` : ''}${item.limitations ? `\n    ${t.limits({ text: item.limitations })}` : ''}`,
        ),
        ...a.evidence.gaps.map(
          (gap) =>
            `  ${t.gap({ id: gap.id, description: gap.description })}${gap.actionIds.length ? ` → ${gap.actionIds.join(', ')}` : ''}`,
        ),
      ].concat(a.evidence.items.length || a.evidence.gaps.length ? [] : [t.noEvidence]);
    case 'engagement':
      return a.engagement.length
        ? a.engagement.flatMap((engagement) => [
            `  ${engagement.who}${engagement.audience ? ` — ${audience(engagement.audience)}` : ''}${engagement.date ? ` (${engagement.date})` : ''}: ${or(engagement.whatTheySaid)}`,
            ...(engagement.whatChanged ? [`    ${t.changed({ text: engagement.whatChanged })}`] : []),
          ])
        : [t.noEngagement];
    case 'analysis':
      return profileCharacteristics(profile).flatMap((definition) => {
        const analysis = a.analysis[definition.id];
        const status = analysis?.status ?? 'not_assessed';
        return [
          `${words.characteristic(definition).label}: ${label('analysisStatus', status)}${analysis?.reasoning ? ` — ${analysis.reasoning}` : ''}`,
          ...(analysis?.impacts ?? []).map((impact) => `  ${impactLine(impact, audience, words)}`),
        ];
      });
    case 'intersectionality':
      return [
        ...a.intersectionality.impacts.map(
          (impact) =>
            `  ${impact.members.map((m) => (m.subgroup ? `${characteristic(m.characteristic)} (${m.subgroup})` : characteristic(m.characteristic))).join(' × ')}: ${impactLine(impact, audience, words)}`,
        ),
        ...(a.intersectionality.noneFoundReasoning
          ? [t.noneFound({ text: a.intersectionality.noneFoundReasoning })]
          : []),
        t.cumulative({ text: or(a.intersectionality.cumulativeImpact) }),
      ];
    case 'generalDuty':
      return (Object.keys(aims) as Aim[]).map((aim) => `${words.aimLabel(aim)}: ${or(a.generalDuty[aim])}`);
    case 'outcome':
      return a.outcome
        ? [
            t.outcome({ outcome: `${label('outcomeKind', a.outcome.kind)} — ${or(a.outcome.rationale)}` }),
            ...(a.outcome.kind === 'continue'
              ? [
                  t.legitimateAim({ text: or(a.outcome.legitimateAim) }),
                  t.proportionality({ text: or(a.outcome.proportionality) }),
                ]
              : []),
          ]
        : [t.noOutcome];
    case 'actions':
      return a.actions.length
        ? a.actions.map(
            (action) =>
              `  [${action.id}] ${action.description} — ${t.action({
                owner: action.owner || t.noOwner,
                due: action.dueDate ?? '—',
                status: inSentence(label('actionStatus', action.status)),
              })}`,
          )
        : [t.noActions];
    case 'monitoring':
      return [
        t.arrangements({ text: or(a.monitoring.arrangements) }),
        t.nextReview({ date: a.monitoring.nextReviewDate ?? '—' }),
      ];
  }
}

function impactLine(impact: Frozen<Impact>, audience: (id: string) => string, words: Wording): string {
  const mitigation = impact.mitigation ? msg.sectionText.mitigation({ text: impact.mitigation }) : '';
  return `${msg.sectionText.impact({
    impact: words.impactLabel(impact.direction, impact.severity),
    audience: audience(impact.audience),
    description: impact.description,
  })}${mitigation}`;
}
