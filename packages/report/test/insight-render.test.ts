import type { DisparityAnalysis, PopulationProfileInput } from '@eqia/core';
import { compareToBaseline } from '@eqia/core/analysis';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderInsightHtml, renderInsightMarkdown } from '../src/index.js';

const side = (
  kind: 'caseload' | 'local_population',
  label: string,
  counts: Record<string, number>,
  notKnown?: number,
): PopulationProfileInput => ({
  population: { kind, label },
  characteristic: 'race',
  categorySet: 'ethnic_group',
  level: 'groups',
  period: kind === 'caseload' ? '2023-24' : 'Census 2021',
  area: 'Northshire',
  source: kind === 'caseload' ? 'Case records' : 'ONS Census 2021',
  counts,
  ...(notKnown === undefined ? {} : { notKnown }),
});

const analysis = compareToBaseline(
  side('caseload', 'children in our caseload', { asian: 23, black: 33, mixed: 16, white: 161, other: 3 }, 18),
  side('local_population', 'children living in Northshire', {
    asian: 5200,
    black: 2100,
    mixed: 1900,
    white: 39800,
    other: 1000,
  }),
);

describe('the comparison in HTML', () => {
  const html = renderInsightHtml(analysis, { headingLevel: 2 });

  it('is a table with a caption and scoped row and column headers', () => {
    expect(html).toContain(
      '<caption id="insight-race-ethnic_group-caption">Children in our caseload (Northshire, 2023-24) compared with children living in Northshire (Northshire, Census 2021), by ethnic group</caption>',
    );
    expect(html).toContain('<th scope="colgroup" colspan="3">children in our caseload</th>');
    expect(html).toContain('<th scope="col">95% interval</th>');
    expect(html).toMatch(
      /<tr><th scope="row">Black, Black British, Black Welsh, Caribbean or African<\/th><td>33<\/td><td>14\.0%<\/td><td>[\d.]+% to [\d.]+%<\/td><td>2,100<\/td><td>4\.2%<\/td><td>3\.33<\/td><td>Over-represented<\/td><\/tr>/,
    );
    expect(html).toContain('<h2 id="insight-race-ethnic_group-heading">');
  });

  it('shows suppressed cells as suppressed, with no figure derived from them', () => {
    const other = html.match(/<tr><th scope="row">Other ethnic group<\/th>(.*?)<\/tr>/)?.[1];
    expect(other).toBe(
      '<td>suppressed</td><td>suppressed</td><td>suppressed</td><td>1,000</td><td>2.0%</td><td>suppressed</td><td>Too few to say</td>',
    );
    expect(html).toContain('Suppressed: counts fewer than 5, and where needed the next smallest count');
  });

  it('gives the totals and completeness in the footer, under the right columns', () => {
    expect(html).toContain(
      '<tr><th scope="row">Not known or prefer not to say</th><td>18</td><td>7.1% of total</td><td></td><td>not recorded</td><td></td><td></td><td></td></tr>',
    );
    expect(html).toContain(
      '<tr><th scope="row">Total</th><td>254</td><td></td><td></td><td>50,000</td><td></td><td></td><td></td></tr>',
    );
  });

  it('draws a bar chart that names and describes itself, and points to the table', () => {
    expect(html).toMatch(
      /<svg [^>]*role="img"[^>]*aria-labelledby="insight-race-ethnic_group-chart-title insight-race-ethnic_group-chart-desc"/,
    );
    expect(html).toContain(
      '<title id="insight-race-ethnic_group-chart-title">Share of children in our caseload and of children living in Northshire by group</title>',
    );
    expect(html).toMatch(
      /<desc [^>]*>Bars show .*Black, Black British, Black Welsh, Caribbean or African: over-represented; White: under-represented\. The table gives every figure\.<\/desc>/,
    );
  });
});

describe('the comparison in Markdown', () => {
  it('is a table with the same figures and notes', () => {
    expect(renderInsightMarkdown(analysis)).toMatchInlineSnapshot(`
      "### Ethnic group: children in our caseload compared with children living in Northshire

      **Children in our caseload (Northshire, 2023-24) compared with children living in Northshire (Northshire, Census 2021), by ethnic group**

      | Ethnic group | children in our caseload: count | children in our caseload: share | children in our caseload: 95% interval | children living in Northshire: count | children living in Northshire: share | Ratio | Finding |
      | --- | ---: | ---: | --- | ---: | ---: | ---: | --- |
      | Asian, Asian British or Asian Welsh | 23 | 9.7% | 6.6% to 14.2% | 5,200 | 10.4% | 0.94 | In line |
      | Black, Black British, Black Welsh, Caribbean or African | 33 | 14.0% | 10.1% to 19.0% | 2,100 | 4.2% | 3.33 | Over-represented |
      | Mixed or Multiple ethnic groups | suppressed | suppressed | suppressed | 1,900 | 3.8% | suppressed | Too few to say |
      | White | 161 | 68.2% | 62.0% to 73.8% | 39,800 | 79.6% | 0.86 | Under-represented |
      | Other ethnic group | suppressed | suppressed | suppressed | 1,000 | 2.0% | suppressed | Too few to say |
      | Answer known | 236 |  |  | 50,000 |  |  |  |
      | Not known or prefer not to say | 18 | 7.1% of total |  | not recorded |  |  |  |
      | Total | 254 |  |  | 50,000 |  |  |  |

      Shares are of the people whose answer is known. The interval is the 95% Wilson score interval around the share of children in our caseload; a group is over- or under-represented when the share of children living in Northshire lies outside it, and "Too few to say" when a figure is suppressed. Ratio: the first share divided by the second.

      Suppressed: counts fewer than 5, and where needed the next smallest count, so that no count fewer than 5 can be worked out from the totals; shares, intervals and ratios derived from them are suppressed too.

      Sources: Case records; ONS Census 2021.
      "
    `);
  });
});

describe('escaping', () => {
  const hostile = (label: string): DisparityAnalysis => ({
    ...analysis,
    profile: { ...analysis.profile, population: { kind: 'caseload', label }, source: label },
    rows: analysis.rows.map((row) => ({ ...row, label })),
  });

  it('escapes every piece of text in the HTML, chart included', () => {
    const html = renderInsightHtml(hostile('<script>alert("x")</script> & \'friends\''));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;friends&#39;');
    fc.assert(
      fc.property(fc.string(), (label) => {
        const out = renderInsightHtml(hostile(label), { idPrefix: label });
        // Every "<" in the output starts one of the tags the renderer writes itself.
        for (const tag of out.match(/<\/?([a-z0-9]+)/g) ?? []) {
          expect([
            'div',
            'table',
            'caption',
            'colgroup',
            'col',
            'thead',
            'tbody',
            'tfoot',
            'tr',
            'th',
            'td',
            'p',
            'section',
            'h3',
            'figure',
            'figcaption',
            'svg',
            'title',
            'desc',
            'rect',
            'text',
            'line',
            'g',
          ]).toContain(tag.replace(/^<\/?/, ''));
        }
        expect(out.split('<').length).toBe(
          renderInsightHtml(hostile('plain'), { idPrefix: 'x' }).split('<').length,
        );
      }),
      { numRuns: 50 },
    );
  });

  it('escapes Markdown so a label cannot break the table or add markup', () => {
    const markdown = renderInsightMarkdown(hostile('Evil | *bold* <b>x</b>\n# heading'));
    expect(markdown).toContain('Evil \\| \\*bold\\* \\<b\\>x\\</b\\> \\# heading');
    const rows = markdown.split('\n').filter((line) => line.startsWith('| Evil'));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(10);
  });
});
