import { type Aim, aimLabel, aims, label, outcomeDescription } from '@eqia/core';
import { prose, type Section, section } from '../document/blocks.js';
import type { AssessmentReportInput } from './input.js';

/** How the policy pays due regard to each of the three aims of s.149(1). */
export function generalDutySection({ assessment }: AssessmentReportInput): Section {
  return section(
    'general-duty',
    'The general duty',
    (Object.keys(aims) as Aim[]).map((aim) =>
      section(`general-duty-${aim}`, aimLabel(aim), [
        prose(assessment.generalDuty[aim], 'No statement recorded.'),
      ]),
    ),
  );
}

export function outcomeSection({ assessment }: AssessmentReportInput): Section {
  const { outcome } = assessment;
  if (!outcome) return section('outcome', 'Outcome', [prose('', 'No outcome chosen yet.')]);
  return section('outcome', 'Outcome', [
    { kind: 'facts', facts: [{ term: 'Outcome', value: label('outcomeKind', outcome.kind) }] },
    { kind: 'paragraph', content: [outcomeDescription(outcome.kind)], tone: 'muted' },
    section('outcome-rationale', 'Rationale', [prose(outcome.rationale)]),
    ...(outcome.kind === 'continue'
      ? [
          section('outcome-legitimate-aim', 'Legitimate aim', [prose(outcome.legitimateAim)]),
          section('outcome-alternatives', 'Less harmful alternatives considered', [
            prose(outcome.alternativesConsidered),
          ]),
          section('outcome-proportionality', 'Proportionality', [prose(outcome.proportionality)]),
        ]
      : []),
  ]);
}
