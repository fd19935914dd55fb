import { type Impact, isAdverse } from '@eqia/core';
import { type Fact, type Section, section } from '../document/blocks.js';
import type { AssessmentLanguage } from '../language/report-language.js';
import type { References } from './references.js';

/** One impact, on a characteristic or an intersection, as a titled list of its facts. */
export function impactSection(
  impact: Impact,
  { id, subject }: { id: string; subject: string },
  refs: References,
  lang: AssessmentLanguage,
): Section {
  const words = lang.words.assessment.impact;
  const impactWords = lang.impactLabel(impact.direction, impact.severity);
  const facts: Fact[] = [
    { term: words.who, value: refs.audience(impact.audience) },
    { term: words.impact, value: impactWords },
    { term: words.aims, value: lang.list(impact.aims.map(lang.aimLabel)) },
  ];
  if (impact.discriminationRisk)
    facts.push({ term: words.risk, value: lang.label('discriminationRisk', impact.discriminationRisk) });
  facts.push({ term: words.description, value: impact.description || words.notDescribed });
  facts.push({ term: words.evidence, value: lang.list(impact.evidenceIds.map(refs.evidence)) });
  if (isAdverse(impact.direction) || impact.mitigation) {
    facts.push({ term: words.mitigation, value: impact.mitigation || words.noneRecorded });
  }
  if (impact.residualSeverity)
    facts.push({ term: words.residual, value: lang.label('residualSeverity', impact.residualSeverity) });
  if (impact.justification) facts.push({ term: words.justification, value: impact.justification });
  facts.push({ term: words.actions, value: lang.lines(impact.actionIds.map(refs.action)) });
  const heading = words.heading({ subject, impact: impactWords, audience: refs.audience(impact.audience) });
  return section(id, heading, [{ kind: 'facts', facts }]);
}
