import { isAdverse } from '../../adverse.js';
import { isHeard } from '../heard.js';
import type { Rule, RuleViolation } from '../rule.js';
import { capitalise, listInWords } from '../text.js';

export const highSeverityEngaged: Rule = {
  id: 'high-severity-engaged',
  title: 'High-severity negative impacts are informed by engagement',
  defaultSeverity: 'error',
  section: 'engagement',
  scope: 'full_assessment',
  why: 'The graver the potential harm, the more regard is due (Baker); the authority must inform itself, often by consulting those affected (Hurley and Moore), and their views must reach the decision maker (Bracking).',
  hint: 'Engage people who share the characteristic (a stakeholder group that speaks for it), or cite consultation or feedback evidence covering it.',
  evaluate: (context) => {
    const violations: RuleViolation[] = [];
    for (const { impact, path, name, characteristics } of context.impacts) {
      if (!isAdverse(impact.direction) || impact.severity !== 'high') continue;
      const unheard = characteristics.filter((c) => !isHeard(context, c));
      if (unheard.length > 0) {
        violations.push({
          message: `${capitalise(name)} is high severity, but no engagement or consultation evidence covers ${listInWords(unheard.map((c) => context.characteristicLabel(c).toLowerCase()))}.`,
          path,
        });
      }
    }
    return violations;
  },
};
