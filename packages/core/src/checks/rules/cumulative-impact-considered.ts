import { defineRule } from '../rule.js';
import { isBlank } from '../text.js';

export const cumulativeImpactConsidered = defineRule({
  id: 'cumulative-impact-considered',
  title: 'Cumulative impact with related policies is considered',
  defaultSeverity: 'warning',
  section: 'intersectionality',
  scope: 'full_assessment',
  why: 'Due regard is regard appropriate in all the circumstances (Baker), including other decisions bearing on the same groups; audit found cumulative impact rarely assessed (Wales Audit Office).',
  hint: 'Say how this policy combines with other recent or planned changes affecting the same people, or that there are none and why.',
  messages: {
    notConsidered: 'The cumulative impact of this policy with related policies is not considered.',
  },
  evaluate: ({ assessment }, say) =>
    isBlank(assessment.intersectionality.cumulativeImpact)
      ? [
          {
            message: say.notConsidered,
            path: 'intersectionality.cumulativeImpact',
          },
        ]
      : [],
});
