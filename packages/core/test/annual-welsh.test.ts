import { describe, expect, it } from 'vitest';
import { annualFactsOf } from '../src/checks.js';
import { englishFingerprint, workedExample } from '../src/index.js';

// What a Welsh annual report shows of an assessment's own texts comes from its annual facts: the Welsh
// of the texts they hold, where it was written for the English as it is now.

const { policy, actions } = workedExample;
const [first, second] = actions;
const withWelsh = {
  ...workedExample,
  welsh: {
    'policy/title': 'Fideo yn ddiofyn',
    'policy/aims': 'Nodau’r polisi.',
    [`actions/${first!.id}/description`]: 'Cam cyntaf.',
    [`actions/${second!.id}/description`]: 'Ail gam.',
  },
  welshOf: {
    'policy/title': englishFingerprint(policy.title),
    'policy/aims': englishFingerprint(policy.aims),
    [`actions/${first!.id}/description`]: englishFingerprint(first!.description),
    [`actions/${second!.id}/description`]: englishFingerprint('What the action said before.'),
  },
};

describe('the Welsh of an assessment’s annual facts', () => {
  it('is the current Welsh of the texts the facts hold, by their English', () => {
    expect(annualFactsOf(withWelsh).welsh).toEqual({
      [policy.title]: 'Fideo yn ddiofyn',
      [first!.description]: 'Cam cyntaf.',
    });
  });

  it('leaves out Welsh written for older English, and texts the facts do not hold', () => {
    const { welsh } = annualFactsOf(withWelsh);
    expect(Object.values(welsh ?? {})).not.toContain('Ail gam.');
    expect(Object.values(welsh ?? {})).not.toContain('Nodau’r polisi.');
  });

  it('is absent without Welsh, as for a body that publishes in English alone', () => {
    expect(annualFactsOf(workedExample)).not.toHaveProperty('welsh');
    expect(annualFactsOf({ ...workedExample, welsh: { 'policy/aims': 'Nodau.' } })).not.toHaveProperty(
      'welsh',
    );
  });
});
