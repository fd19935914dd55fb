import { label, profileCharacteristics } from '@eqia/core';
import { type Block, paragraph, prose, type Section, section } from '../document/blocks.js';
import { characteristicLabel, linesOf, listOf } from '../labels.js';
import { impactSection } from './impact-section.js';
import type { AssessmentReportInput } from './input.js';
import type { References } from './references.js';

export function analysisSection({ assessment, profile }: AssessmentReportInput, refs: References): Section {
  const subsections = profileCharacteristics(profile).map((characteristic): Section => {
    const analysis = assessment.analysis[characteristic.id];
    const status = analysis?.status ?? 'not_assessed';
    const blocks: Block[] = [
      {
        kind: 'facts',
        facts: [
          { term: 'Conclusion', value: label('analysisStatus', status) },
          { term: 'Evidence', value: listOf((analysis?.evidenceIds ?? []).map(refs.evidence)) },
          { term: 'Data gaps', value: linesOf((analysis?.gapIds ?? []).map(refs.gap)) },
        ],
      },
      prose(analysis?.reasoning ?? '', 'No reasoning recorded.'),
      ...(analysis?.impacts ?? []).map((impact) =>
        impactSection(impact, { id: `impact-${impact.id}`, subject: characteristic.label }, profile, refs),
      ),
    ];
    return section(`analysis-${characteristic.id}`, characteristic.label, blocks);
  });
  return section('analysis', 'Analysis by characteristic', subsections);
}

export function intersectionalitySection(
  { assessment, profile }: AssessmentReportInput,
  refs: References,
): Section {
  const { impacts, noneFoundReasoning, cumulativeImpact } = assessment.intersectionality;
  const blocks: Block[] = impacts.map((impact) => {
    const members = impact.members.map((member) => {
      const name = characteristicLabel(profile, member.characteristic);
      return member.subgroup ? `${name} (${member.subgroup})` : name;
    });
    return impactSection(impact, { id: `impact-${impact.id}`, subject: members.join(' × ') }, profile, refs);
  });
  if (impacts.length === 0) {
    blocks.push(
      noneFoundReasoning
        ? prose(noneFoundReasoning)
        : paragraph('No intersectional impacts recorded, and no reasoning given for finding none.'),
    );
  }
  blocks.push(
    section('cumulative-impact', 'Cumulative impact with related policies', [prose(cumulativeImpact)]),
  );
  return section('intersectionality', 'Intersectionality and cumulative impact', blocks);
}
