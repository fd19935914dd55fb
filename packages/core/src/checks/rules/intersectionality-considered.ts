import { defineRule } from '../rule.js';
import { isBlank } from '../text.js';

export const intersectionalityConsidered = defineRule({
  id: 'intersectionality-considered',
  title: 'Intersectionality is considered when several characteristics are affected',
  defaultSeverity: 'warning',
  section: 'intersectionality',
  scope: 'full_assessment',
  why: 'People who share more than one affected characteristic can face a combined disadvantage that separate analyses miss; audit of public bodies’ assessments found intersectional analysis largely absent (Wales Audit Office).',
  hint: 'Describe any impact on people in the overlap (e.g. Black boys aged 13 to 17), or explain why none was found.',
  messages: {
    noneRecorded: ({ characteristics }: { characteristics: string }) =>
      `${characteristics} have impacts, but no intersectional impact or reasoned statement of none is recorded.`,
  },
  evaluate: ({ assessment, characteristics, characteristicLabel, list }, say) => {
    const affected = characteristics.filter(({ id }) =>
      assessment.analysis[id]?.impacts.some((impact) => impact.direction !== 'neutral'),
    );
    const { impacts, noneFoundReasoning } = assessment.intersectionality;
    if (affected.length < 2 || impacts.length > 0 || !isBlank(noneFoundReasoning)) return [];
    return [
      {
        message: say.noneRecorded({ characteristics: list(affected.map((c) => characteristicLabel(c.id))) }),
        path: 'intersectionality.impacts',
      },
    ];
  },
});
