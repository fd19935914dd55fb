import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

export const evidenceDescribed = defineRule({
  id: 'evidence-described',
  title: 'Evidence and data gaps are described',
  defaultSeverity: 'warning',
  section: 'evidence',
  scope: 'all',
  why: 'The decision maker must be properly informed (Brown; Hurley and Moore): each piece of evidence needs a source, a date, the characteristics it informs and what it shows, and each gap must say what is not known.',
  hint: 'Give each evidence item a source or link, a date, the characteristics it covers and a one-line summary; describe each data gap.',
  messages: {
    itemIncomplete: ({ title, missing }: { title: string; missing: string }) =>
      `Evidence "${title}" is missing ${missing}.`,
    source: 'a source',
    date: 'a date',
    characteristics: 'the characteristics it covers',
    summary: 'a summary',
    gapUndescribed: ({ gap }: { gap: string }) => `Data gap "${gap}" does not say what is not known.`,
  },
  evaluate: ({ assessment, list }, say) => {
    const violations: RuleViolation[] = [];
    assessment.evidence.items.forEach((item, index) => {
      const missing = [
        isBlank(item.source) && isBlank(item.url) && say.source,
        !item.date && say.date,
        item.characteristics.length === 0 && say.characteristics,
        isBlank(item.summary) && say.summary,
      ].filter((part): part is string => typeof part === 'string');
      if (missing.length > 0) {
        violations.push({
          message: say.itemIncomplete({ title: item.title, missing: list(missing) }),
          path: `evidence.items.${index}`,
        });
      }
    });
    assessment.evidence.gaps.forEach((gap, index) => {
      if (isBlank(gap.description)) {
        violations.push({
          message: say.gapUndescribed({ gap: gap.id }),
          path: `evidence.gaps.${index}.description`,
        });
      }
    });
    return violations;
  },
});
