// The words the checks share, whatever the rule: how a finding names an impact, and joins a list. English
// here; another language's are its catalogue's `checks` (Messages.checks), in the same shape.

export const englishCheckWords = {
  and: 'and',
  /** "and" before a word starting with a vowel: the same in English, "ac" in Welsh. */
  andBeforeVowel: 'and',
  or: 'or',
  /** An impact without its audience: `the Age impact "imp-1"`. */
  impact: ({ characteristics, id }: { characteristics: string; id: string }) =>
    `the ${characteristics} impact "${id}"`,
  /** An impact in full: `the Age impact "imp-1" on Staff`. */
  impactOn: ({ impact, audience }: { impact: string; audience: string }) => `${impact} on ${audience}`,
};

export type CheckWords = typeof englishCheckWords;
