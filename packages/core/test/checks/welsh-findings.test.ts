import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listIn } from '../../src/checks/language.js';
import { check, checkLanguage, englishCheckLanguage, rules } from '../../src/checks.js';
import { welshMessages } from '../../src/cy.js';
import {
  cafcassProfile,
  englishMessages,
  messageTexts,
  wording,
  workedExample,
  workedExampleNow,
} from '../../src/index.js';
import { assessment, instant, profile } from './arbitraries.js';

const welsh = checkLanguage(wording(welshMessages));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the due-regard checks in Welsh', () => {
  it('find the same things as in English, worded from the Welsh catalogue', () => {
    fc.assert(
      fc.property(assessment, profile, instant, (a, p, now) => {
        const english = check(a, p, { now });
        const cymraeg = check(a, p, { now, language: welsh });
        const where = ({ ruleId, severity, section, path }: (typeof english)[number]) => ({
          ruleId,
          severity,
          section,
          path,
        });
        expect(cymraeg.map(where)).toEqual(english.map(where));
        cymraeg.forEach((finding, index) => {
          const words = welshMessages.rules[finding.ruleId as keyof typeof welshMessages.rules];
          expect(finding).toMatchObject({ why: words.why, hint: words.hint });
          expect(finding.message).not.toBe(english[index]?.message);
        });
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('word a finding of the worked example in Welsh, naming the characteristic in Welsh', () => {
    const emptied = { ...workedExample, outcome: undefined };
    const findings = check(emptied, cafcassProfile, { now: workedExampleNow, language: welsh });
    expect(findings.find((f) => f.ruleId === 'outcome-recorded')).toMatchObject({
      message: 'Nid oes canlyniad wedi’i ddewis.',
      hint: 'Dewiswch dim newid sylweddol, addasu, parhau neu atal, ac eglurwch pam mewn ychydig o frawddegau.',
    });
    const race = { ...workedExample.analysis.race!, status: 'not_assessed' as const };
    const unassessed = check(
      { ...workedExample, analysis: { ...workedExample.analysis, race } },
      cafcassProfile,
      { now: workedExampleNow, language: welsh },
    ).find((f) => f.ruleId === 'characteristic-concluded');
    expect(unassessed?.message).toBe('Nid yw’r nodwedd hon wedi’i hasesu: Hil.');
  });

  it('has, for every rule message, a Welsh one naming the same values', () => {
    const english = messageTexts(englishMessages.rules, 'rules');
    const cymraeg = messageTexts(welshMessages.rules, 'rules');
    expect(Object.keys(cymraeg).sort()).toEqual(Object.keys(english).sort());
    for (const [id, text] of Object.entries(english))
      expect(placeholders(cymraeg[id] ?? ''), id).toEqual(placeholders(text));
    expect(Object.keys(welshMessages.rules).sort()).toEqual(rules.map((rule) => rule.id).sort());
  });

  it('joins a list the Welsh way: "a", "ac" before a vowel, "neu"', () => {
    expect(listIn(welsh, ['hil', 'rhyw'])).toBe('hil a rhyw');
    expect(listIn(welsh, ['hil', 'rhyw', 'oedran'])).toBe('hil, rhyw ac oedran');
    expect(listIn(welsh, ['hil', 'oedran'], 'or')).toBe('hil neu oedran');
    expect(listIn(englishCheckLanguage, ['race', 'age'])).toBe('race and age');
  });
});
