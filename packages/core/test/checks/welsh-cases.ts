import {
  cafcassProfile,
  englishFingerprint,
  type Profile,
  textFields,
  workedExample,
} from '../../src/index.js';
import type { RuleCase } from './rigour-cases.js';

/** A body that publishes in Welsh first, then English: the rule welsh-text-written reads its texts. */
export const bilingualProfile: Profile = {
  ...cafcassProfile,
  languages: { publishes: ['cy', 'en'], default: 'cy' },
};

/**
 * The worked example with a Welsh version of every text field (stand-in text, named by its key), each
 * written for the English as it is.
 */
export const bilingualExample = {
  ...workedExample,
  welsh: Object.fromEntries(textFields(workedExample).map(({ key }) => [key, `Cymraeg: ${key}`])),
  welshOf: Object.fromEntries(
    textFields(workedExample).map(({ key, english }) => [key, englishFingerprint(english)]),
  ),
};

/** Cases run on the bilingual example under the bilingual profile. */
export const welshCases: RuleCase[] = [
  {
    rule: 'welsh-text-written',
    breaks: 'the Welsh of the aims and of one impact’s description removed, and a blank Welsh scope',
    fail: (d) => {
      const welsh = d.welsh!;
      const impact = d.analysis.race!.impacts[0]!;
      delete welsh['policy/aims'];
      delete welsh[`analysis/race/impacts/${impact.id}/description`];
      welsh['policy/scope'] = ' ';
    },
    expected: [
      [
        'The text at policy/aims has no Welsh version, and the organisation publishes in Welsh.',
        'policy.aims',
      ],
      [
        'The text at policy/scope has no Welsh version, and the organisation publishes in Welsh.',
        'policy.scope',
      ],
      [
        `The text at analysis/race/impacts/${workedExample.analysis.race!.impacts[0]!.id}/description has no Welsh version, and the organisation publishes in Welsh.`,
        'analysis.race.impacts.0.description',
      ],
    ],
    bilingual: true,
  },
  {
    rule: 'welsh-text-current',
    breaks: 'the English aims rewritten after their Welsh version was written',
    fail: (d) => {
      d.policy.aims = `${d.policy.aims} Rewritten.`;
    },
    expected: [
      ['The English at policy/aims has changed since its Welsh version was written.', 'policy.aims'],
    ],
    bilingual: true,
  },
];
