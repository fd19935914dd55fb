import { defineRule, type RuleViolation } from '../rule.js';
import { isBlank } from '../text.js';

/** Words saying another assessment covers this one: a parent strategy's EqIA, an integrated assessment. */
const reliesElsewhere =
  /\b(covered by|considered (in|by|as part of)|(parent|overarching|umbrella|strategy|programme|wider|original|previous|existing) (eqia|eia|equality (impact )?assessment|impact assessment)|integrated impact assessment)\b/i;

export const screeningOutEvidenced = defineRule({
  id: 'screening-out-evidenced',
  title: 'A screening-out cites its evidence and the assessments it relies on',
  defaultSeverity: 'warning',
  section: 'screening',
  scope: 'screening_out',
  why: 'The duty cannot be delegated, to another team or another document (Brown principle 4), and the record must show the questions were pondered (Brown principle 6): a screening-out that cites nothing, or leans on another assessment without naming it, shows neither.',
  hint: 'Cite the evidence the screening relied on; where it relies on another assessment (a parent strategy’s EqIA, an integrated impact assessment), link it and say why it covers this change.',
  messages: {
    unlinked: ({ mention }: { mention: string }) =>
      `The screening-out relies on another assessment ("${mention}") without linking it.`,
    noEvidence: 'The screening-out cites no evidence and no related assessment it relies on.',
    noReference: ({ title }: { title: string }) =>
      `The screening-out relies on "${title}" without saying where to find it.`,
    noCover: ({ title }: { title: string }) =>
      `The screening-out relies on "${title}" without saying why it covers this change.`,
  },
  evaluate: ({ assessment }, say) => {
    const { evidenceIds, related, decision, answers } = assessment.screening;
    const violations: RuleViolation[] = [];
    const texts = [decision?.rationale ?? '', ...Object.values(answers).map((answer) => answer.reason)];
    const mention = texts.map((text) => reliesElsewhere.exec(text)?.[0]).find(Boolean);
    if (mention && related.length === 0) {
      violations.push({
        message: say.unlinked({ mention }),
        path: 'screening.related',
      });
    } else if (evidenceIds.length === 0 && related.length === 0) {
      violations.push({
        message: say.noEvidence,
        path: 'screening.evidenceIds',
      });
    }
    related.forEach((entry, index) => {
      if (isBlank(entry.reference)) {
        violations.push({
          message: say.noReference({ title: entry.title }),
          path: `screening.related.${index}.reference`,
        });
      }
      if (isBlank(entry.covers)) {
        violations.push({
          message: say.noCover({ title: entry.title }),
          path: `screening.related.${index}.covers`,
        });
      }
    });
    return violations;
  },
});
