import { defineRule } from '../rule.js';

export const screeningDecided = defineRule({
  id: 'screening-decided',
  title: 'The screening decision is recorded',
  defaultSeverity: 'error',
  section: 'screening',
  scope: 'all',
  why: 'The record must show that the authority asked whether the policy is relevant to equality and decided how far to assess it (Brown principle 6: an adequate record).',
  hint: 'Record whether a full assessment is needed, why, and who decided.',
  messages: {
    none: 'No screening decision is recorded: full assessment or not required.',
  },
  evaluate: ({ assessment }, say) =>
    assessment.screening.decision ? [] : [{ message: say.none, path: 'screening.decision' }],
});
