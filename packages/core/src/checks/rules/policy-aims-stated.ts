import { defineRule } from '../rule.js';
import { isBlank } from '../text.js';

export const policyAimsStated = defineRule({
  id: 'policy-aims-stated',
  title: 'The policy’s aims are stated',
  defaultSeverity: 'error',
  section: 'policy',
  scope: 'all',
  why: 'Impacts can only be judged against what the policy is for; Bracking requires a focus on the precise proposal, and an objective justification later needs its aim.',
  hint: 'Say what the policy is for and what outcomes it should bring, in a few plain sentences.',
  messages: {
    notStated: 'The policy’s aims and intended outcomes are not stated.',
  },
  evaluate: ({ assessment }, say) =>
    isBlank(assessment.policy.aims) ? [{ message: say.notStated, path: 'policy.aims' }] : [],
});
