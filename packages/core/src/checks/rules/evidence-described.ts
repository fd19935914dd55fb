import type { Rule, RuleViolation } from '../rule.js';
import { isBlank, listInWords } from '../text.js';

export const evidenceDescribed: Rule = {
  id: 'evidence-described',
  title: 'Evidence and data gaps are described',
  defaultSeverity: 'warning',
  section: 'evidence',
  scope: 'all',
  why: 'The decision maker must be properly informed (Brown; Hurley and Moore): each piece of evidence needs a source, a date, the characteristics it informs and what it shows, and each gap must say what is not known.',
  hint: 'Give each evidence item a source or link, a date, the characteristics it covers and a one-line summary; describe each data gap.',
  evaluate: ({ assessment }) => {
    const violations: RuleViolation[] = [];
    assessment.evidence.items.forEach((item, index) => {
      const missing = [
        isBlank(item.source) && isBlank(item.url) && 'a source',
        !item.date && 'a date',
        item.characteristics.length === 0 && 'the characteristics it covers',
        isBlank(item.summary) && 'a summary',
      ].filter((part): part is string => typeof part === 'string');
      if (missing.length > 0) {
        violations.push({
          message: `Evidence "${item.title}" is missing ${listInWords(missing)}.`,
          path: `evidence.items.${index}`,
        });
      }
    });
    assessment.evidence.gaps.forEach((gap, index) => {
      if (isBlank(gap.description)) {
        violations.push({
          message: `Data gap "${gap.id}" does not say what is not known.`,
          path: `evidence.gaps.${index}.description`,
        });
      }
    });
    return violations;
  },
};
