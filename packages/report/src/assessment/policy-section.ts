import { inSentence, label } from '@eqia/core';
import { formatDate } from '../dates.js';
import { type Block, prose, type Section, section } from '../document/blocks.js';
import { audienceLabel, listOf, userLabel } from '../labels.js';
import type { AssessmentReportInput } from './input.js';

export function policySection({ assessment, profile }: AssessmentReportInput): Section {
  const { policy } = assessment;
  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        { term: 'Title', value: policy.title },
        { term: 'Reference', value: policy.reference || 'None' },
        {
          term: 'Kind',
          value: `${label('policyKind', policy.kind)} (${inSentence(label('policyNovelty', policy.novelty))})`,
        },
        { term: 'Team or directorate', value: policy.team || 'Not recorded' },
        { term: 'Owner', value: policy.owner ? userLabel(profile, policy.owner) : 'Not recorded' },
        {
          term: 'Contributors',
          value: listOf(policy.contributors.map((id) => userLabel(profile, id))),
        },
        {
          term: 'Assessed by',
          value: listOf(
            policy.assessmentTeam.map((member) =>
              member.role ? `${member.name} (${member.role})` : member.name,
            ),
            'Not recorded',
          ),
        },
        {
          term: 'Who it affects',
          value: listOf(
            [
              ...policy.audiences.map((id) => audienceLabel(profile, id)),
              ...policy.otherGroups.map((group) => group.label),
            ],
            'Not recorded',
          ),
        },
      ],
    },
    section('policy-aims', 'Aims and intended outcomes', [prose(policy.aims)]),
    section('policy-scope', 'Scope', [prose(policy.scope)]),
    section('policy-related', 'Related policies', [prose(policy.relatedPolicies, 'None recorded.')]),
  ];
  return section('policy', 'The policy', blocks);
}

export function decisionSection({ assessment }: AssessmentReportInput): Section {
  const { decision } = assessment;
  return section('decision', 'The decision', [
    {
      kind: 'facts',
      facts: [
        { term: 'Decision maker', value: decision.maker || 'Not recorded' },
        { term: 'Role or body', value: decision.makerRole || 'Not recorded' },
        { term: 'Decision date', value: decision.date ? formatDate(decision.date) : 'Not yet decided' },
        { term: 'Decision paper', value: decision.paperReference || 'Not recorded' },
        {
          term: 'Decision maker briefed on the duty',
          value: decision.makerBriefed ? 'Yes: given the full assessment' : 'Not recorded',
        },
        ...(decision.assessedOn
          ? [{ term: 'Analysis carried out', value: formatDate(decision.assessedOn) }]
          : []),
        ...(decision.alreadyTaken
          ? [{ term: 'Timing', value: 'The decision was already taken when this assessment was done' }]
          : []),
      ],
    },
    ...(decision.notes ? [prose(decision.notes)] : []),
  ]);
}
