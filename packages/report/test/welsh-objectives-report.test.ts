import { cafcassProfile } from '@eqia/core';
import { withObjectiveWelsh } from '@eqia/core/objectives';
import { describe, expect, it } from 'vitest';
import { welsh } from '../src/cy.js';
import {
  buildAnnualReport,
  buildBoardReport,
  english,
  renderAnnualReportDocx,
  renderAnnualReportHtml,
  renderAnnualReportMarkdown,
  renderBoardReportMarkdown,
} from '../src/index.js';
import { annualInput } from './fixtures/annual.js';
import { betterData, betterDataInWelsh } from './fixtures/objectives.js';
import { unzip } from './support/zip.js';

const annual = buildAnnualReport({ ...annualInput, objectives: [betterDataInWelsh] });

describe('an objective’s Welsh in the annual report', () => {
  it('travels in the report’s data by the place of each text shown, with what is out of date', () => {
    const [entry] = annual.objectives;
    expect(entry?.welsh).toEqual({
      title: 'Data gwell',
      'measures.0.indicator': 'Cyfran a gofnodwyd',
      'milestones.0.description': 'Y cam cyntaf',
      'changes.0.text': 'Gall teuluoedd ddweud pwy ydyn nhw.',
    });
    expect(entry?.staleWelsh).toEqual(['measures.0.indicator']);
    const plain = buildAnnualReport({ ...annualInput, objectives: [betterData] }).objectives[0];
    expect(plain).not.toHaveProperty('welsh');
    expect(plain).not.toHaveProperty('staleWelsh');
  });

  it('in Welsh, shows the Welsh where written and marks the English left in a Welsh sentence en-GB', () => {
    const markdown = renderAnnualReportMarkdown(annual, cafcassProfile, [welsh]);
    expect(markdown).toContain('### Amcan 1: Data gwell');
    expect(markdown).toContain('<span lang="en-GB">Better data, for everyone.</span>');
    expect(markdown).toContain('Y diweddariad diweddaraf: <span lang="en-GB">Quarter 2.</span>');
    expect(markdown).toContain('Y cam cyntaf');
    expect(markdown).toContain('Gall teuluoedd ddweud pwy ydyn nhw.');
    expect(markdown).toContain(`Cyfran a gofnodwyd<br>(${welsh.words.assessment.staleWelsh})`);
    expect(markdown).not.toContain('First step');
  });

  it('in English, is the English report it was, with no language marks', () => {
    const markdown = renderAnnualReportMarkdown(annual, cafcassProfile, [english]);
    expect(markdown).toBe(
      renderAnnualReportMarkdown(
        buildAnnualReport({ ...annualInput, objectives: [betterData] }),
        cafcassProfile,
        [english],
      ),
    );
    expect(markdown).not.toContain('lang="en-GB"');
  });

  it('in both languages, marks English only inside the Welsh version, in HTML and in Word', async () => {
    const html = renderAnnualReportHtml(annual, cafcassProfile, [welsh, english]);
    const marked = html.match(/<span lang="en-GB">[^<]*<\/span>/g) ?? [];
    // The objective's English left, and the profile's and the assessments' words, which have no Welsh here.
    expect(marked).toEqual([
      '<span lang="en-GB">Cafcass (Children and Family Court Advisory and Support Service)</span>',
      '<span lang="en-GB">Better data, for everyone.</span>',
      '<span lang="en-GB">Quarter 2.</span>',
      '<span lang="en-GB">Most of our staff are women, at every grade.</span>',
      // An intersection's sub-groups, inside the cell naming its characteristics.
      '<span lang="en-GB">Black and mixed-heritage</span>',
      '<span lang="en-GB">male</span>',
      '<span lang="en-GB">13 to 17</span>',
      '<span lang="en-GB">Video by default for first hearing dispute resolution appointments</span>',
      '<span lang="en-GB">Renewal of staff car parking permits</span>',
      '<span lang="en-GB">Closure of the Exeter office</span>',
      '<span lang="en-GB">Family Forum expenses policy</span>',
      '<span lang="en-GB">Equality, diversity and inclusion team</span>',
      '<span lang="en-GB">Ask the equality team for this document in large print, easy read, Braille, audio or another language.</span>',
    ]);
    expect(html.lastIndexOf('lang="en-GB">', html.indexOf('<article lang="en-GB">') - 1)).toBeGreaterThan(0);
    expect(html.slice(html.indexOf('<article lang="en-GB">'), html.indexOf('<footer>'))).not.toMatch(
      /<(span|td|th|p) lang="en-GB"/,
    );
    const body = unzip(await renderAnnualReportDocx(annual, cafcassProfile, [welsh])).get(
      'word/document.xml',
    );
    expect(body).toMatch(
      /<w:lang w:val="en-GB"\/><\/w:rPr><w:t xml:space="preserve">Better data, for everyone\.<\/w:t>/,
    );
    expect(body).toContain('Data gwell');
  });

  it('gives the Board report’s table the Welsh title', () => {
    const board = buildBoardReport({
      objectives: [betterDataInWelsh],
      asOf: '2026-12-31',
      now: '2027-01-05T09:00:00Z',
      profile: cafcassProfile,
    });
    expect(renderBoardReportMarkdown(board, cafcassProfile, [welsh])).toMatch(/\| Data gwell \|/);
  });

  it('in Welsh, says what falls due next by the objective’s Welsh, in English as it was', () => {
    const ahead = withObjectiveWelsh(
      {
        ...betterData,
        milestones: [
          ...betterData.milestones,
          { id: 'm2', description: 'Second step', owner: '', dueDate: '2027-03-31' },
        ],
        actions: [
          { id: 'a1', description: 'Ask families', owner: '', dueDate: '2027-02-01', status: 'open' },
        ],
      },
      { title: 'Data gwell', 'milestones/m2/description': 'Yr ail gam' },
    );
    const report = buildAnnualReport({ ...annualInput, objectives: [ahead] });
    expect(report.next.milestones).toEqual([
      expect.objectContaining({
        of: 'Better data',
        description: 'Second step',
        welsh: { of: 'Data gwell', description: 'Yr ail gam' },
      }),
    ]);
    const inWelsh = renderAnnualReportMarkdown(report, cafcassProfile, [welsh]);
    expect(inWelsh).toContain('| Yr ail gam | Data gwell |');
    // An action without Welsh of its own keeps its English beside the objective's Welsh title.
    expect(inWelsh).toContain('| <span lang="en-GB">Ask families</span> | Data gwell |');
    expect(inWelsh).not.toContain('Second step');
    const inEnglish = renderAnnualReportMarkdown(report, cafcassProfile, [english]);
    expect(inEnglish).toContain('| Second step | Better data |');
    expect(inEnglish).toContain('| Ask families | Better data |');
  });
});
