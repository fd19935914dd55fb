import { describe, expect, it } from 'vitest';
import { welsh } from '../src/cy.js';
import {
  english,
  renderAssessmentDocx,
  renderAssessmentHtml,
  renderAssessmentMarkdown,
} from '../src/index.js';
import { publishedInput } from './fixtures/worked-example.js';
import { unzip } from './support/zip.js';

// The names and short texts beside the free text: evidence's titles and sources, who was engaged and
// how, the team and people's roles. In Welsh where written, else the English marked as English.

const { assessment } = publishedInput;
const [first, second] = assessment.evidence.items;
const [engaged] = assessment.engagement;
const written = {
  [`evidence/items/${first!.id}/title`]: 'Llwyth achosion cyfraith breifat, 2024–25',
  [`evidence/items/${first!.id}/source`]: 'System rheoli achosion Cafcass',
  [`engagement/${engaged!.id}/who`]: 'Bwrdd Pobl Ifanc Cyfiawnder Teuluol',
  [`engagement/${engaged!.id}/method`]: 'Gweithdy wedi’i hwyluso',
  'policy/team': 'Gweithrediadau: cyfraith breifat',
  'policy/assessmentTeam/member-1/role': 'Pennaeth Polisi Ymarfer',
  'decision/makerRole': 'Cyfarwyddwr Gweithrediadau (cadeirydd)',
};
const input = { ...publishedInput, assessment: { ...assessment, welsh: written } };

describe('names and short texts in a Welsh report', () => {
  const html = renderAssessmentHtml(input, [welsh]);

  it('shows the Welsh of each that has one, and not its English', () => {
    for (const text of Object.values(written)) expect(html).toContain(text);
    expect(html).toMatch(/<th[^>]*>Llwyth achosion cyfraith breifat, 2024–25<\/th>/);
    expect(html).toContain('Amara Okafor (Pennaeth Polisi Ymarfer)');
    for (const text of [first!.title, first!.source, engaged!.method, assessment.policy.team])
      expect(html).not.toContain(`>${text}<`);
    expect(html).not.toContain(assessment.decision.makerRole);
  });

  it('marks the English of one with no Welsh as English', () => {
    expect(html).toMatch(new RegExp(`<th[^>]* lang="en-GB">${second!.title}</th>`));
    expect(html).toContain(`<span lang="en-GB">Service Manager</span>`);
    expect(html).not.toContain(`<span lang="en-GB">Pennaeth Polisi Ymarfer</span>`);
  });

  it('gives each version of a bilingual report its own language’s names', () => {
    const both = renderAssessmentHtml(input, [welsh, english]);
    const englishAt = both.indexOf('<article lang="en-GB">');
    expect(both.indexOf(written['policy/team'])).toBeLessThan(englishAt);
    expect(both.indexOf(first!.title, englishAt)).toBeGreaterThan(englishAt);
  });

  it('does the same in Markdown and Word', async () => {
    const markdown = renderAssessmentMarkdown(input, [welsh]);
    expect(markdown).toContain(written['decision/makerRole']);
    expect(markdown).toContain(`<span lang="en-GB">${second!.source}</span>`);
    const body = unzip(await renderAssessmentDocx(input, [welsh])).get('word/document.xml') ?? '';
    expect(body).toContain(written[`engagement/${engaged!.id}/who`]);
    const run = body.match(new RegExp(`<w:r>(?:(?!</w:r>).)*<w:t[^>]*>${second!.title.slice(0, 20)}`));
    expect(run?.[0]).toContain('<w:lang w:val="en-GB"/>');
  });
});
