import { inSentence } from '@eqia/core';
import { type Block, prose, type Section, section } from '../document/blocks.js';
import { audienceLabel, userLabel } from '../labels.js';
import type { AssessmentContext } from './input.js';

export function policySection({ assessment, profile, lang }: AssessmentContext): Section {
  const words = lang.words.assessment.policy;
  const { notRecorded } = lang.words.document;
  const { policy } = assessment;
  const blocks: Block[] = [
    {
      kind: 'facts',
      facts: [
        { term: words.title, value: policy.title },
        { term: words.reference, value: policy.reference || lang.words.document.none },
        {
          term: words.kind,
          value: `${lang.label('policyKind', policy.kind)} (${inSentence(lang.label('policyNovelty', policy.novelty))})`,
        },
        { term: words.team, value: policy.team || notRecorded },
        { term: words.owner, value: policy.owner ? userLabel(profile, policy.owner) : notRecorded },
        {
          term: words.contributors,
          value: lang.list(policy.contributors.map((id) => userLabel(profile, id))),
        },
        {
          term: words.assessedBy,
          value: lang.list(
            policy.assessmentTeam.map((member) =>
              member.role ? `${member.name} (${member.role})` : member.name,
            ),
            notRecorded,
          ),
        },
        {
          term: words.affects,
          value: lang.list(
            [
              ...policy.audiences.map((id) => audienceLabel(profile, id)),
              ...policy.otherGroups.map((group) => group.label),
            ],
            notRecorded,
          ),
        },
      ],
    },
    section('policy-aims', words.aims, [prose(policy.aims, lang.words.document.notRecordedSentence)]),
    section('policy-scope', words.scope, [prose(policy.scope, lang.words.document.notRecordedSentence)]),
    section('policy-related', words.related, [prose(policy.relatedPolicies, words.noneRecorded)]),
  ];
  return section('policy', words.heading, blocks);
}

export function decisionSection({ assessment, lang }: AssessmentContext): Section {
  const words = lang.words.assessment.decision;
  const { notRecorded } = lang.words.document;
  const { decision } = assessment;
  return section('decision', words.heading, [
    {
      kind: 'facts',
      facts: [
        { term: words.maker, value: decision.maker || notRecorded },
        { term: words.role, value: decision.makerRole || notRecorded },
        { term: words.date, value: decision.date ? lang.date(decision.date) : words.notDecided },
        { term: words.paper, value: decision.paperReference || notRecorded },
        { term: words.briefed, value: decision.makerBriefed ? words.briefedYes : notRecorded },
        ...(decision.assessedOn ? [{ term: words.assessedOn, value: lang.date(decision.assessedOn) }] : []),
        ...(decision.alreadyTaken ? [{ term: words.timing, value: words.alreadyTaken }] : []),
      ],
    },
    ...(decision.notes ? [prose(decision.notes, lang.words.document.notRecordedSentence)] : []),
  ]);
}
