import { aims as aimCatalogue } from '../../catalogue/aims.js';
import { defineRule, type RuleViolation } from '../rule.js';
import { capitalise } from '../text.js';

const MARRIAGE = 'marriage_civil_partnership';

export const marriageAimAOnly = defineRule({
  id: 'marriage-aim-a-only',
  title: 'Marriage and civil partnership is assessed against aim (a), for work',
  defaultSeverity: 'warning',
  section: 'analysis',
  scope: 'full_assessment',
  why: 'Equality Act 2010 s.149(7): marriage and civil partnership is relevant only to eliminating discrimination (aim (a)), and that protection applies in work. Claiming other aims for it misstates the duty; the same holds for any characteristic the profile limits to fewer aims.',
  hint: 'Engage only aim (a) for marriage and civil partnership, and consider it for staff; for other audiences conclude "no impact" with that reason.',
  messages: {
    aimOutside: ({
      impact,
      limbs,
      characteristic,
    }: {
      impact: string;
      limbs: string;
      characteristic: string;
    }) => `${impact} engages aim ${limbs}, which the duty does not apply to for ${characteristic}.`,
    notWork: ({
      impact,
      audience,
      characteristic,
    }: {
      impact: string;
      audience: string;
      characteristic: string;
    }) => `${impact} is on ${audience}, but the duty covers ${characteristic} only in work.`,
  },
  evaluate: (
    { assessment, profile, characteristics, audienceLabel, characteristicLabel, language, list },
    say,
  ) => {
    const violations: RuleViolation[] = [];
    const workAudience = profile.audiences.some((audience) => audience.id === 'staff');
    for (const { id, aims } of characteristics) {
      const characteristic = characteristicLabel(id);
      assessment.analysis[id]?.impacts.forEach((impact, index) => {
        const path = `analysis.${id}.impacts.${index}`;
        const name = language.words.impact({ characteristics: characteristic, id: impact.id });
        const outside = impact.aims.filter((aim) => !aims.includes(aim));
        if (outside.length > 0) {
          const limbs = list(outside.map((aim) => aimCatalogue[aim].limb));
          violations.push({
            message: capitalise(say.aimOutside({ impact: name, limbs, characteristic })),
            path: `${path}.aims`,
          });
        }
        if (
          id === MARRIAGE &&
          workAudience &&
          impact.audience !== 'staff' &&
          impact.direction !== 'neutral'
        ) {
          violations.push({
            message: capitalise(
              say.notWork({ impact: name, audience: audienceLabel(impact.audience), characteristic }),
            ),
            path: `${path}.audience`,
          });
        }
      });
    }
    return violations;
  },
});
