import { type Aim, aims } from '@eqia/core';
import { prose, type Section, section } from '../document/blocks.js';
import type { AssessmentContext } from './input.js';

/** How the policy pays due regard to each of the three aims of s.149(1). */
export function generalDutySection({ assessment, lang }: AssessmentContext): Section {
  const words = lang.words.assessment.duty;
  return section(
    'general-duty',
    words.heading,
    (Object.keys(aims) as Aim[]).map((aim) =>
      section(`general-duty-${aim}`, lang.aimLabel(aim), [
        prose(assessment.generalDuty[aim], words.noStatement),
      ]),
    ),
  );
}

export function outcomeSection({ assessment, lang }: AssessmentContext): Section {
  const words = lang.words.assessment.outcome;
  const { outcome } = assessment;
  if (!outcome) return section('outcome', words.heading, [prose('', words.none)]);
  return section('outcome', words.heading, [
    { kind: 'facts', facts: [{ term: words.heading, value: lang.label('outcomeKind', outcome.kind) }] },
    { kind: 'paragraph', content: [lang.outcomeDescription(outcome.kind)], tone: 'muted' },
    section('outcome-rationale', words.rationale, [prose(outcome.rationale)]),
    ...(outcome.kind === 'continue'
      ? [
          section('outcome-legitimate-aim', words.legitimateAim, [prose(outcome.legitimateAim)]),
          section('outcome-alternatives', words.alternatives, [prose(outcome.alternativesConsidered)]),
          section('outcome-proportionality', words.proportionality, [prose(outcome.proportionality)]),
        ]
      : []),
  ]);
}
