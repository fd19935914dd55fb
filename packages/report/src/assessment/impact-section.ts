import { aimLabel, type Impact, impactLabel, isAdverse, label, type Profile } from '@eqia/core';
import { type Fact, type Section, section } from '../document/blocks.js';
import { linesOf, listOf } from '../labels.js';
import type { References } from './references.js';

/** One impact, on a characteristic or an intersection, as a titled list of its facts. */
export function impactSection(
  impact: Impact,
  { id, subject }: { id: string; subject: string },
  profile: Profile,
  refs: References,
): Section {
  const facts: Fact[] = [
    { term: 'Who', value: refs.audience(impact.audience) },
    { term: 'Impact', value: impactLabel(impact.direction, impact.severity) },
    { term: 'Aims engaged', value: listOf(impact.aims.map(aimLabel)) },
  ];
  if (impact.discriminationRisk)
    facts.push({
      term: 'Discrimination risk',
      value: label('discriminationRisk', impact.discriminationRisk),
    });
  facts.push({ term: 'Description', value: impact.description || 'Not described' });
  facts.push({ term: 'Evidence', value: listOf(impact.evidenceIds.map(refs.evidence)) });
  if (isAdverse(impact.direction) || impact.mitigation) {
    facts.push({ term: 'Mitigation', value: impact.mitigation || 'None recorded' });
  }
  if (impact.residualSeverity)
    facts.push({ term: 'Residual impact', value: label('residualSeverity', impact.residualSeverity) });
  if (impact.justification) facts.push({ term: 'Justification', value: impact.justification });
  facts.push({ term: 'Actions', value: linesOf(impact.actionIds.map(refs.action)) });
  const heading = `${subject}: ${impactLabel(impact.direction, impact.severity)} for ${refs.audience(impact.audience)}`;
  return section(id, heading, [{ kind: 'facts', facts }]);
}
