import type { Finding } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { formatFindings } from '../src/output/findings.js';
import { createStyle, unstyled } from '../src/output/style.js';

const finding: Finding = {
  ruleId: 'decision-maker-briefed',
  severity: 'warning',
  section: 'decision',
  path: 'decision.briefed',
  message:
    'Nothing records that the decision-maker is told of the equality duty and given this assessment before deciding.',
  hint: 'Put the full assessment, not only a summary, before the decision-maker, and record that you did.',
  why: 'The duty is the decision-maker’s own, and cannot be delegated: they must know of it (Brown principle 1).',
};

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('findings as eqia check prints them', () => {
  for (const [how, color] of [
    ['plain', false],
    ['coloured', true],
  ] as const) {
    it(`fit a terminal of 60 columns at words, each finding's text hanging past its severity (${how})`, () => {
      const style = createStyle(color);
      const wide = formatFindings([finding], style, { why: true });
      const narrow = formatFindings([finding], style, { why: true, columns: 60 });
      expect(words(narrow)).toEqual(words(wide));
      const lines = narrow.split('\n').map(unstyled);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(59);
      const first = lines.findIndex((line) => line.includes('Nothing records'));
      const column = (lines[first] as string).indexOf('Nothing');
      expect(lines[first + 1]?.slice(0, column).trim()).toBe('');
      expect(lines[first + 1]?.[column]).not.toBe(' ');
    });
  }

  it('stay one line each without a width (a pipe)', () => {
    const piped = formatFindings([finding], createStyle(false));
    expect(piped.split('\n').find((line) => line.includes('Nothing records'))).toContain(
      '[decision-maker-briefed]',
    );
  });

  it("say a rule's fix once, under all of its findings in a section", () => {
    const concluded = (characteristic: string): Finding => ({
      ruleId: 'characteristic-concluded',
      severity: 'error',
      section: 'analysis',
      path: `analysis.${characteristic}`,
      message: `${characteristic} has not been assessed.`,
      hint: 'Conclude each characteristic.',
      why: 'The duty is to each characteristic.',
    });
    const printed = formatFindings([concluded('Age'), finding, concluded('Race')], createStyle(false), {
      why: true,
    });
    expect(printed).toMatchInlineSnapshot(`
      "Analysis by characteristic
        ✗ error   Age has not been assessed. [characteristic-concluded]
        ✗ error   Race has not been assessed. [characteristic-concluded]
          fix: Conclude each characteristic.
          why: The duty is to each characteristic.

      Decision
        ! warning Nothing records that the decision-maker is told of the equality duty and given this assessment before deciding. [decision-maker-briefed]
          fix: Put the full assessment, not only a summary, before the decision-maker, and record that you did.
          why: The duty is the decision-maker’s own, and cannot be delegated: they must know of it (Brown principle 1).

      2 errors, 1 warning"
    `);
  });
});
