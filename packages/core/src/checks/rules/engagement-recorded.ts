import { defineRule } from '../rule.js';

export const engagementRecorded = defineRule({
  id: 'engagement-recorded',
  title: 'Engagement with affected people is recorded',
  defaultSeverity: 'warning',
  section: 'engagement',
  scope: 'full_assessment',
  why: 'The authority must be properly informed, often through consultation (Hurley and Moore; Brown), and the people affected are the best source on impacts the data miss.',
  hint: 'Record who you engaged (the profile’s stakeholder groups are a start), when, how and what they said.',
  messages: {
    none: 'No engagement with affected people or their representatives is recorded.',
  },
  evaluate: ({ assessment }, say) =>
    assessment.engagement.length === 0 ? [{ message: say.none, path: 'engagement' }] : [],
});
