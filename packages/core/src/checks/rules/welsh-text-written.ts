import { textFields } from '../../bilingual/text-fields.js';
import { publishesWelsh } from '../../profiles/languages.js';
import { defineRule } from '../rule.js';
import { isBlank } from '../text.js';

// An error, not a warning: content locks at sign-off, so a Welsh version missing at submission could
// never be added before publication (docs/checks.md says why the Standards ask it).
export const welshTextWritten = defineRule({
  id: 'welsh-text-written',
  title: 'Every text has its Welsh version',
  defaultSeverity: 'error',
  section: 'policy',
  scope: 'all',
  why: 'The Welsh Language Standards (Welsh Language (Wales) Measure 2011) require documents published to the public to be published in Welsh, with Welsh treated no less favourably than English: a body that publishes in Welsh publishes its assessment in Welsh too.',
  hint: 'Write the Welsh version beside the English (the wizard asks for it after each text answer, or give it under "welsh" in an answers file). Content locks at sign-off, so write it before the assessment is submitted.',
  messages: {
    missing: ({ key }: { key: string }) =>
      `The text at ${key} has no Welsh version, and the organisation publishes in Welsh.`,
  },
  // Only a body that publishes in Welsh is asked; a field with no English has nothing to translate.
  evaluate: ({ assessment, profile }, say) =>
    publishesWelsh(profile)
      ? textFields(assessment)
          .filter(({ key, english }) => !isBlank(english) && isBlank(assessment.welsh?.[key]))
          .map(({ key, path }) => ({ message: say.missing({ key }), path }))
      : [],
});
