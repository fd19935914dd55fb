import { defineRule } from '../rule.js';

export const decisionMakerBriefed = defineRule({
  id: 'decision-maker-briefed',
  title: 'The decision maker is briefed on the duty and the assessment',
  defaultSeverity: 'warning',
  section: 'decision',
  scope: 'all',
  why: 'Decision makers must know of the duty (Brown principle 1), and what matters is what they themselves knew: the full assessment and the flavour of consultation responses must reach them (Bracking).',
  hint: 'Put the full assessment, not only a summary, before the decision maker and record that you did.',
  messages: {
    notBriefed:
      'Nothing records that the decision maker is told of the equality duty and given this assessment.',
  },
  evaluate: ({ assessment }, say) =>
    assessment.decision.makerBriefed
      ? []
      : [
          {
            message: say.notBriefed,
            path: 'decision.makerBriefed',
          },
        ],
});
