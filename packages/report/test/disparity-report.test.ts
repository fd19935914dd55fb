import { type Assessment, cafcassProfile, type PopulationProfileInput } from '@eqia/core';
import { compareToBaseline, disparityEvidence } from '@eqia/core/analysis';
import { describe, expect, it } from 'vitest';
import type { ReportedAssessment } from '../src/assessment/input.js';
import { welsh } from '../src/cy.js';
import {
  buildAnnualReport,
  renderAnnualReportHtml,
  renderAnnualReportJson,
  renderAnnualReportMarkdown,
  renderAssessmentHtml,
  renderAssessmentMarkdown,
} from '../src/index.js';
import { annualEntries, annualInput, annualRecords } from './fixtures/annual.js';
import { publishedInput } from './fixtures/worked-example.js';

/** A small workforce by religion: "Other religion" (3) is a small count, so it and the next are hidden. */
const side = (kind: 'workforce' | 'local_population', counts: Record<string, number>, notKnown?: number) =>
  ({
    population: { kind, label: kind === 'workforce' ? 'our staff' : 'people of working age in Northshire' },
    characteristic: 'religion_belief',
    categorySet: 'religion',
    period: kind === 'workforce' ? '2024' : 'Census 2021',
    area: 'Northshire',
    counts,
    ...(notKnown === undefined ? {} : { notKnown }),
  }) satisfies PopulationProfileInput;

const religion = disparityEvidence(
  compareToBaseline(
    side(
      'workforce',
      {
        no_religion: 120,
        christian: 150,
        buddhist: 6,
        hindu: 9,
        jewish: 7,
        muslim: 31,
        sikh: 8,
        other_religion: 3,
      },
      40,
    ),
    side('local_population', {
      no_religion: 52000,
      christian: 61000,
      buddhist: 900,
      hindu: 2100,
      jewish: 600,
      muslim: 9800,
      sikh: 1500,
      other_religion: 800,
    }),
    { threshold: cafcassProfile.smallCountThreshold },
  ),
  { id: 'ev-religion-staff', date: '2024-06-30' },
);

const withEvidence = (assessment: Assessment, ...items: Assessment['evidence']['items']): Assessment => ({
  ...assessment,
  evidence: { ...assessment.evidence, items: [...assessment.evidence.items, ...items] },
});

const input: ReportedAssessment = {
  ...publishedInput,
  assessment: withEvidence(publishedInput.assessment, religion),
};

/** The evidence section of a page, up to the next top-level section. */
const evidenceOf = (html: string) =>
  html.slice(html.indexOf('<section id="evidence"'), html.indexOf('<section id="engagement"'));

describe('disparity analyses in the assessment report', () => {
  const html = renderAssessmentHtml(input);

  it('shows each one as a table and chart inside the evidence section, under its own heading', () => {
    const evidence = evidenceOf(html);
    expect(evidence).toContain(
      '<h3 id="evidence-ev-ethnicity-2024-heading">Ethnic group: children in our caseload compared with children living in Northshire</h3>',
    );
    expect(evidence).toContain(
      '<h3 id="evidence-ev-religion-staff-heading">Religion: our staff compared with people of working age in Northshire</h3>',
    );
    expect(evidence.match(/<svg [^>]*role="img"/g)).toHaveLength(2);
    expect(evidence.match(/<caption id="[^"]+">Children in our caseload/g)).toHaveLength(1);
  });

  it('keeps every id on the page unique, even for two analyses of the same characteristic', () => {
    const twice = renderAssessmentHtml({
      ...input,
      assessment: withEvidence(input.assessment, { ...religion, id: 'ev:religion-staff' }),
    });
    const ids = [...twice.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('evidence-ev-religion-staff-2-heading');
  });

  it('shows suppressed cells as suppressed and never a hidden count', () => {
    const other = html.match(/<tr><th scope="row">Other religion<\/th>(.*?)<\/tr>/)?.[1];
    expect(other).toBe(
      '<td>suppressed</td><td>suppressed</td><td>suppressed</td><td>800</td><td>0.6%</td><td>suppressed</td><td>Too few to say</td>',
    );
    // Buddhist (6) is the next smallest, hidden so that 3 cannot be worked out from the total.
    expect(html).toMatch(/<tr><th scope="row">Buddhist<\/th><td>suppressed<\/td>/);
    expect(evidenceOf(html)).not.toMatch(/<td>[36]<\/td>/);
  });

  it('gives the same tables in Markdown, one heading level under the evidence section', () => {
    const markdown = renderAssessmentMarkdown(input);
    const evidence = markdown.slice(
      markdown.indexOf('## Evidence and data gaps'),
      markdown.indexOf('## Engagement'),
    );
    expect(evidence).toContain(
      '### Ethnic group: children in our caseload compared with children living in Northshire',
    );
    expect(evidence).toContain(
      '| Other religion | suppressed | suppressed | suppressed | 800 | 0.6% | suppressed | Too few to say |',
    );
  });
});

describe('disparity analyses in the annual report', () => {
  const withReligion: typeof annualInput = {
    ...annualInput,
    assessments: annualEntries(
      annualRecords.map((entry) =>
        entry.assessment.id === 'eqia-2026-007'
          ? { ...entry, assessment: withEvidence(entry.assessment, religion) }
          : entry,
      ),
    ),
  };
  const report = buildAnnualReport(withReligion);

  it('summarises which characteristic, who was compared, what was flagged and how complete the data were', () => {
    expect(report.disparities).toHaveLength(2);
    expect(report.disparities[0]).toMatchObject({
      assessmentId: 'eqia-2026-007',
      evidenceId: 'ev-ethnicity-2024',
      characteristic: 'race',
      categorySet: 'Ethnic group (19 categories in 5 groups)',
      population: {
        kind: 'caseload',
        label: 'children in our caseload',
        area: 'Northshire',
        period: '2023-24',
      },
      baseline: { kind: 'local_population', period: 'Census 2021' },
      tooFewToSay: [],
    });
    const [ethnicity, staff] = report.disparities;
    expect(ethnicity?.overRepresented.map((group) => group.id)).toEqual(['black', 'mixed']);
    expect(ethnicity?.underRepresented.map((group) => group.id)).toEqual(['asian', 'other']);
    expect(ethnicity?.notKnownShare).toBeCloseTo(63 / 1268);
    expect(staff?.tooFewToSay).toEqual(['Buddhist', 'Other religion']);
  });

  it('says when "not known" is not recorded, and leaves out withdrawn assessments and drafts', () => {
    const census = disparityEvidence(
      compareToBaseline(side('workforce', { christian: 40, no_religion: 60 }), side('local_population', {})),
      { id: 'ev-no-unknown' },
    );
    const withdrawn = buildAnnualReport({
      ...annualInput,
      assessments: annualEntries(
        annualRecords.map((entry) =>
          entry.assessment.id === 'eqia-2026-014'
            ? { ...entry, assessment: withEvidence(entry.assessment, census) }
            : entry.assessment.id === 'eqia-2026-019' || entry.assessment.id === 'eqia-2026-011'
              ? { ...entry, assessment: withEvidence(entry.assessment, census) }
              : entry,
        ),
      ),
    });
    expect(withdrawn.disparities.map((found) => [found.assessmentId, found.evidenceId])).toEqual([
      ['eqia-2026-007', 'ev-ethnicity-2024'],
      ['eqia-2026-011', 'ev-no-unknown'],
    ]);
    expect(withdrawn.disparities[1]).not.toHaveProperty('notKnownShare');
    expect(renderAnnualReportMarkdown(withdrawn, cafcassProfile)).toContain('| Not recorded |');
  });

  it('renders them as a table in HTML and Markdown, and as data in JSON', () => {
    const html = renderAnnualReportHtml(report, cafcassProfile);
    expect(html).toContain('<h2 id="disparities-heading">Disparities found in the data</h2>');
    expect(html).toContain(
      '<td class="lines">Black, Black British, Black Welsh, Caribbean or African (6.4% against 3.8%, ratio 1.67)\nMixed or Multiple ethnic groups (8.1% against 5.5%, ratio 1.47)</td>',
    );
    expect(html).toContain('<td class="lines">Buddhist\nOther religion</td>');
    // In Welsh, the groups too few to say about are named in Welsh too, as the flagged ones are.
    expect(renderAnnualReportHtml(report, cafcassProfile, [welsh])).toContain(
      '<td class="lines">Bwdhaidd\nCrefydd arall</td>',
    );
    expect(renderAnnualReportMarkdown(report, cafcassProfile)).toContain(
      '| our staff (Northshire, 2024) with people of working age in Northshire (Northshire, Census 2021), by religion |',
    );
    const json = JSON.parse(renderAnnualReportJson(report));
    expect(json.disparities[1].evidenceId).toBe('ev-religion-staff');
  });

  it('says so when no analysis was attached in the period', () => {
    const none = buildAnnualReport({ ...annualInput, assessments: [] });
    expect(none.disparities).toEqual([]);
    expect(renderAnnualReportHtml(none, cafcassProfile)).toContain(
      '<strong>Disparity analyses attached to assessments:</strong> No disparity analyses were attached in the period.',
    );
  });
});
