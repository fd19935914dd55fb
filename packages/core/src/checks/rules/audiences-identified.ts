import { defineRule, type RuleViolation } from '../rule.js';
import { capitalise } from '../text.js';

export const audiencesIdentified = defineRule({
  id: 'audiences-identified',
  title: 'Who the policy affects is identified',
  defaultSeverity: 'error',
  section: 'policy',
  scope: 'all',
  why: 'Due regard must reach everyone the policy touches: service users, staff and partners are affected differently, and an impact on an audience nobody listed was not thought through.',
  hint: 'List every audience the policy affects, from the profile, and add any audience an impact names.',
  messages: {
    none: 'No audiences are listed for the policy.',
    unknown: ({ audience }: { audience: string }) =>
      `The audience "${audience}" is not one of the profile’s audiences.`,
    unlisted: ({ audience, impact }: { audience: string; impact: string }) =>
      `${audience} are affected by ${impact}, but are not among the policy’s audiences.`,
  },
  evaluate: ({ assessment, profile, impacts, audienceLabel }, say) => {
    const violations: RuleViolation[] = [];
    // An "other affected group" the policy names counts as listed: impacts may point at it.
    const listed = [
      ...assessment.policy.audiences,
      ...assessment.policy.otherGroups.map((group) => group.id),
    ];
    if (listed.length === 0) {
      violations.push({ message: say.none, path: 'policy.audiences' });
    }
    assessment.policy.audiences.forEach((audience, index) => {
      if (!profile.audiences.some((a) => a.id === audience)) {
        violations.push({
          message: say.unknown({ audience }),
          path: `policy.audiences.${index}`,
        });
      }
    });
    for (const { impact, path, what } of impacts) {
      if (listed.length > 0 && !listed.includes(impact.audience)) {
        violations.push({
          message: capitalise(say.unlisted({ audience: audienceLabel(impact.audience), impact: what })),
          path: `${path}.audience`,
        });
      }
    }
    return violations;
  },
});
