// Writes docs/checks.md from the rule catalogue itself, so the docs cannot drift from the rules.
// `renderChecksDoc` is pure and exported for the drift test; the file is written only when run as a script.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ruleExamples, rules } from '../src/checks.js';
import { type Rule, sectionTitles } from '../src/index.js';

export const CHECKS_DOC_PATH = 'docs/checks.md';
export const REGENERATE_COMMAND = 'pnpm --filter @eqia/core generate';

const scopes: Record<Rule['scope'], string> = {
  all: 'every assessment',
  full_assessment: 'full assessments (not screened-out ones)',
  screening_out: 'screened-out assessments only',
};

const cell = (text: string) => text.replaceAll('|', '\\|');

export function renderChecksDoc(catalogue: readonly Rule[] = rules): string {
  const index = catalogue.map(
    (rule) =>
      `| [\`${rule.id}\`](#${rule.id}) | ${cell(rule.title)} | ${rule.defaultSeverity} | ${sectionTitles[rule.section]} |`,
  );
  const details = catalogue.map((rule) => {
    const examples = ruleExamples[rule.id];
    if (!examples)
      throw new Error(`Rule ${rule.id} has no examples: add them to src/checks/rule-examples.ts.`);
    return [
      `### ${rule.id}`,
      '',
      `**${rule.title}**`,
      '',
      `- Default severity: ${rule.defaultSeverity}`,
      `- Section: ${sectionTitles[rule.section]}`,
      `- Applies to: ${scopes[rule.scope]}`,
      '',
      `**Why.** ${rule.why}`,
      '',
      `**How to fix.** ${rule.hint}`,
      '',
      `- Passes: ${examples.pass}`,
      `- Fails: ${examples.fail}`,
      '',
    ].join('\n');
  });
  return [
    '<!-- Generated from packages/core/src/checks/rules by packages/core/scripts/generate-checks-doc.ts.',
    `     Do not edit by hand: change the rule, then run \`${REGENERATE_COMMAND}\`. -->`,
    '',
    '# Due-regard checks',
    '',
    'eqia checks an assessment the way a linter checks code: each rule looks for a weakness that courts and',
    'auditors have found in equality impact assessments (the Brown principles, Bracking, Bridges, s.149 of the',
    'Equality Act 2010). `check(assessment, profile, { now })` (from `@eqia/core/checks`) returns the',
    'findings; the wizard shows them as the author writes.',
    '',
    '- **error** findings block submitting an assessment for review and every approval.',
    '- **warning** and **info** findings are shown but do not block.',
    '- A profile changes a rule’s severity, or turns it off, with `ruleOverrides`, e.g.',
    '  `{ "intersectionality-considered": "error", "cumulative-impact-considered": "off" }`.',
    '- Rules judge dates against the clock passed in (`now`), never the system time, so a check is repeatable.',
    '- A screened-out assessment is checked on its screening reasons and authorisation; the analysis rules',
    '  apply only to full assessments.',
    '',
    '## In Welsh, and for a body that publishes in Welsh',
    '',
    'Every rule’s title, reason, hint and messages are in the message catalogue in English and Welsh',
    '(`@eqia/core/cy`; marked unreviewed until a Welsh speaker checks them). `check(assessment, profile,',
    '{ now, language: checkLanguage(wording(welshMessages)) })` and an SDK client whose locale is `cy` (given,',
    'or the profile’s default language, as for `eqia check`) give the same findings worded in Welsh; only',
    'the words differ.',
    '',
    "Two rules ask a profile that publishes in Welsh (`languages: { publishes: ['cy', 'en'] }`) for the",
    'Welsh of every text: `welsh-text-written` (a text has no Welsh version) and `welsh-text-current` (the',
    'English changed after its Welsh version was written: `assessment.welshOf` keeps a fingerprint of the',
    'English each Welsh version was written for). Both are **errors** by default, so they show as the',
    'author drafts but block only submission and approval. The Welsh Language Standards (Welsh Language',
    '(Wales) Measure 2011) require a document published to the public to be published in Welsh at the same',
    'time as the English, with Welsh treated no less favourably; and an assessment’s content locks at',
    'sign-off, so Welsh missing or out of date at submission could not be put right before publication. A',
    'body that publishes its Welsh version later, under its own compliance notice, can lower either to a',
    'warning with `ruleOverrides`.',
    '',
    `## The ${catalogue.length} rules`,
    '',
    '| Rule | Checks that | Default severity | Section |',
    '| --- | --- | --- | --- |',
    ...index,
    '',
    '## Rules in detail',
    '',
    ...details,
  ]
    .join('\n')
    .trimEnd()
    .concat('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  writeFileSync(resolve(root, CHECKS_DOC_PATH), renderChecksDoc());
  console.log(`wrote ${CHECKS_DOC_PATH}`);
}
