import { isAdverse } from '../../adverse.js';
import { isHeard } from '../heard.js';
import { defineRule, type RuleViolation } from '../rule.js';
import { capitalise } from '../text.js';

export const highSeverityEngaged = defineRule({
  id: 'high-severity-engaged',
  title: 'High-severity negative impacts are informed by engagement',
  defaultSeverity: 'error',
  section: 'engagement',
  scope: 'full_assessment',
  why: 'The graver the potential harm, the more regard is due (Baker); the authority must inform itself, often by consulting those affected (Hurley and Moore), and their views must reach the decision maker (Bracking).',
  hint: 'Engage people who share the characteristic (a stakeholder group that speaks for it), or cite consultation or feedback evidence covering it.',
  messages: {
    unheard: ({ impact, characteristics }: { impact: string; characteristics: string }) =>
      `${impact} is high severity, but no engagement or consultation evidence covers ${characteristics}.`,
  },
  evaluate: (context, say) => {
    const violations: RuleViolation[] = [];
    for (const { impact, path, name, characteristics } of context.impacts) {
      if (!isAdverse(impact.direction) || impact.severity !== 'high') continue;
      const unheard = characteristics.filter((c) => !isHeard(context, c));
      if (unheard.length > 0) {
        violations.push({
          message: capitalise(
            say.unheard({
              impact: name,
              characteristics: context.list(unheard.map((c) => context.characteristicLabel(c).toLowerCase())),
            }),
          ),
          path,
        });
      }
    }
    return violations;
  },
});
