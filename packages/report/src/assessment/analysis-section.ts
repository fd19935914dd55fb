import { profileCharacteristics } from '@eqia/core';
import { type Block, paragraph, prose, type Section, section } from '../document/blocks.js';
import { impactSection } from './impact-section.js';
import type { AssessmentContext } from './input.js';
import { type References, subjectOf } from './references.js';

export function analysisSection({ assessment, profile, lang }: AssessmentContext, refs: References): Section {
  const words = lang.words.assessment.analysis;
  const subsections = profileCharacteristics(profile).map((characteristic): Section => {
    const name = lang.characteristic(characteristic).label;
    const analysis = assessment.analysis[characteristic.id];
    const status = analysis?.status ?? 'not_assessed';
    const blocks: Block[] = [
      {
        kind: 'facts',
        facts: [
          { term: words.conclusion, value: lang.label('analysisStatus', status) },
          { term: words.evidence, value: lang.list((analysis?.evidenceIds ?? []).map(refs.evidence)) },
          { term: words.gaps, value: lang.lines((analysis?.gapIds ?? []).map(refs.gap)) },
        ],
      },
      prose(analysis?.reasoning ?? '', words.noReasoning),
      ...(analysis?.impacts ?? []).map((impact) =>
        impactSection(impact, { id: `impact-${impact.id}`, subject: name }, refs, lang),
      ),
    ];
    return section(`analysis-${characteristic.id}`, name, blocks);
  });
  return section('analysis', lang.label('sectionTitle', 'analysis'), subsections);
}

export function intersectionalitySection(
  { assessment, profile, lang }: AssessmentContext,
  refs: References,
): Section {
  const words = lang.words.assessment.analysis;
  const { impacts, noneFoundReasoning, cumulativeImpact } = assessment.intersectionality;
  const blocks: Block[] = impacts.map((impact) =>
    impactSection(
      impact,
      { id: `impact-${impact.id}`, subject: subjectOf(impact, profile, lang) },
      refs,
      lang,
    ),
  );
  if (impacts.length === 0) {
    blocks.push(noneFoundReasoning ? prose(noneFoundReasoning) : paragraph(words.noIntersections));
  }
  blocks.push(section('cumulative-impact', words.cumulative, [prose(cumulativeImpact)]));
  return section('intersectionality', lang.label('sectionTitle', 'intersectionality'), blocks);
}
