import { describe, expect, it } from 'vitest';
import { welsh } from '../src/cy.js';
import { renderAssessmentHtml, renderAssessmentMarkdown } from '../src/index.js';
import { publishedInput } from './fixtures/worked-example.js';

// The names an author gives groups: another affected group's, and an intersection's sub-groups. In a
// Welsh report, their Welsh where written, else the English marked as English.

const { assessment } = publishedInput;
const [intersection] = assessment.intersectionality.impacts;
const subgroup = (characteristic: string) =>
  `intersectionality/impacts/${intersection!.id}/members/${characteristic}/subgroup`;
const withGroups = {
  ...assessment,
  policy: {
    ...assessment.policy,
    otherGroups: [
      { id: 'special_guardians', label: 'Special guardians', description: '' },
      { id: 'interpreters', label: 'Court interpreters', description: '' },
    ],
  },
  welsh: {
    'policy/otherGroups/special_guardians/label': 'Gofalwyr sy’n berthnasau',
    [subgroup('race')]: 'Du a threftadaeth gymysg',
  },
};
const input = { ...publishedInput, assessment: withGroups };

describe('group names in a Welsh report', () => {
  const html = renderAssessmentHtml(input, [welsh]);

  it('gives another group’s name and a sub-group in Welsh where written', () => {
    expect(html).toContain('Gofalwyr sy’n berthnasau');
    expect(html).not.toContain('Special guardians');
    expect(html).toContain('(Du a threftadaeth gymysg)');
    expect(html).not.toContain('(Black and mixed-heritage)');
    expect(html).not.toContain('(<span lang="en-GB">Black and mixed-heritage</span>)');
  });

  it('marks one with no Welsh as English', () => {
    expect(html).toContain('<span lang="en-GB">Court interpreters</span>');
    expect(html).toContain('<span lang="en-GB">13 to 17</span>');
    const markdown = renderAssessmentMarkdown(input, [welsh]);
    expect(markdown).toContain('Gofalwyr sy’n berthnasau');
    expect(markdown).toContain('<span lang="en-GB">Court interpreters</span>');
  });
});
