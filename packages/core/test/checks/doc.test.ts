import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS_DOC_PATH, REGENERATE_COMMAND, renderChecksDoc } from '../../scripts/generate-checks-doc.js';
import { ruleExamples, rules } from '../../src/checks.js';

describe('docs/checks.md', () => {
  it('is what the rule catalogue generates', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../../..', CHECKS_DOC_PATH), 'utf8');
    expect(
      committed === renderChecksDoc(),
      `${CHECKS_DOC_PATH} is out of date: run \`${REGENERATE_COMMAND}\``,
    ).toBe(true);
  });

  it('documents every rule with its severity, reason, hint and examples', () => {
    const doc = renderChecksDoc();
    for (const rule of rules) {
      expect(doc).toContain(`### ${rule.id}\n`);
      const examples = ruleExamples[rule.id];
      for (const text of [rule.why, rule.hint, examples?.pass, examples?.fail]) expect(doc).toContain(text);
    }
  });
});
