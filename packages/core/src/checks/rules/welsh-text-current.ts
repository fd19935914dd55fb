import { staleWelsh } from '../../bilingual/welsh-currency.js';
import { publishesWelsh } from '../../profiles/languages.js';
import { defineRule } from '../rule.js';

// An error for the reason welsh-text-written is: content locks at sign-off (docs/checks.md).
export const welshTextCurrent = defineRule({
  id: 'welsh-text-current',
  title: 'Every Welsh version is up to date with its English',
  defaultSeverity: 'error',
  section: 'policy',
  scope: 'all',
  why: 'Under the Welsh Language Standards (Welsh Language (Wales) Measure 2011) the Welsh version of a published document must be no less favourable than the English: a Welsh text written for English that has since changed tells Welsh readers something else.',
  hint: 'Check the Welsh version against the English and correct it; set it again, even unchanged, to record that it now matches (in the wizard, under "welsh" in an answers file, or with `eqia edit <id> --welsh-current <key>`).',
  messages: {
    stale: ({ key }: { key: string }) =>
      `The English at ${key} has changed since its Welsh version was written.`,
  },
  // Only a body that publishes in Welsh is asked, at the English field, as welsh-text-written is.
  evaluate: ({ assessment, profile }, say) =>
    publishesWelsh(profile)
      ? staleWelsh(assessment).map(({ key, path }) => ({ message: say.stale({ key }), path }))
      : [],
});
