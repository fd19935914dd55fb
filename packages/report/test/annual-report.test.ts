import { cafcassProfile, workedExample } from '@eqia/core';
import { annualFactsOf } from '@eqia/core/checks';
import { describe, expect, it } from 'vitest';
import { welsh } from '../src/cy.js';
import {
  activityIn,
  buildAnnualReport,
  renderAnnualReportHtml,
  renderAnnualReportMarkdown,
  renderOverdueActionsCsv,
} from '../src/index.js';
import { annualInput } from './fixtures/annual.js';

const report = buildAnnualReport(annualInput);

describe('annual equality report', () => {
  it('covers the assessments created, decided, signed off, published, reaffirmed or withdrawn in the period', () => {
    expect(report.assessments.map((entry) => [entry.id, entry.activity])).toEqual([
      ['eqia-2026-007', ['created', 'decided', 'signed_off', 'published']],
      ['eqia-2026-011', ['created', 'signed_off']],
      ['eqia-2026-014', ['created', 'withdrawn']],
      ['eqia-2026-019', ['created']],
    ]);
  });

  it('counts them by state and outcome, and gives the screening-out rate', () => {
    expect(report.assessmentCount).toBe(4);
    expect(report.byState).toMatchObject({
      published: 1,
      signed_off: 1,
      withdrawn: 1,
      assessing: 1,
      draft: 0,
    });
    expect(report.byOutcome).toMatchObject({ adjust: 1, screened_out: 1, none: 2 });
    expect(report.screening).toEqual({ decided: 4, screenedOut: 1, screenedOutRate: 0.25 });
  });

  it('tallies impacts by characteristic and audience, with high-severity negatives counted', () => {
    const cell = (characteristic: string, audience: string) =>
      report.impacts.find((tally) => tally.characteristic === characteristic && tally.audience === audience);
    expect(cell('disability', 'parents_carers_families')).toMatchObject({ negative: 1, negativeHigh: 1 });
    expect(cell('race', 'parents_carers_families')).toMatchObject({ unknown: 1, negative: 0 });
    expect(cell('religion_belief', 'staff')).toMatchObject({
      positive: 0,
      negative: 0,
      neutral: 0,
      unknown: 0,
    });
    expect(report.intersectional).toHaveLength(1);
  });

  it('marks an intersection’s sub-groups as English in a Welsh report, as its finding is', () => {
    const html = renderAnnualReportHtml(report, cafcassProfile, [welsh]);
    expect(html).toContain('Oedran (<span lang="en-GB">13 to 17</span>)');
  });

  it('keeps older assessments still in force in view: their overdue actions and reviews are still owed', () => {
    expect(report.reviews.soonest).toEqual([
      {
        assessmentId: 'eqia-2024-002',
        title: 'Hybrid working for Family Court Advisers',
        nextReviewDate: '2025-04-15',
        overdue: true,
      },
    ]);
    expect(report.actions.longestOverdue.map((action) => action.actionId)).toContain('act-desk-booking');
    // Done and in-progress updates on the worked example's actions are counted as such.
    expect(report.actions).toMatchObject({ done: 2, inProgress: 1, dropped: 0 });
    expect(report.actions.longestOverdue.map((action) => action.actionId)).not.toContain(
      'act-domestic-abuse-listing',
    );
  });

  it('counts a day at either end of the period, and not the day after', () => {
    const facts = annualFactsOf({
      ...workedExample,
      createdAt: '2026-12-31T23:59:00Z',
      decision: { ...workedExample.decision, date: undefined },
    });
    expect(activityIn({ from: '2026-01-01', to: '2026-12-31' }, facts, 'assessing')).toEqual(['created']);
    expect(activityIn({ from: '2027-01-01', to: '2027-12-31' }, facts, 'assessing')).toEqual([]);
  });

  it('leaves withdrawn assessments out of the impact tallies but lists them', () => {
    const withdrawn = buildAnnualReport({
      ...annualInput,
      assessments: [{ facts: annualFactsOf(workedExample), status: { state: 'withdrawn' } }],
    });
    expect(withdrawn.assessmentCount).toBe(1);
    expect(
      withdrawn.impacts.every(
        (tally) => tally.negative + tally.positive + tally.unknown + tally.neutral === 0,
      ),
    ).toBe(true);
    expect(withdrawn.intersectional).toEqual([]);
  });

  it('names and counts an assessment’s own affected groups by their names, never their ids', () => {
    /** The worked example with its first disability impact, and its intersectional one, on its own group. */
    const onOwnGroup = (id: string, name: string) => {
      const assessment = structuredClone(workedExample);
      assessment.policy.otherGroups = [{ id: 'group_1', label: name, description: '' }];
      const impact = assessment.analysis.disability?.impacts[0];
      const intersectional = assessment.intersectionality.impacts[0];
      if (!impact || !intersectional) throw new Error('the worked example changed');
      impact.audience = 'group_1';
      intersectional.audience = 'group_1';
      return { facts: { ...annualFactsOf(assessment), id }, status: { state: 'published' as const } };
    };
    // Each assessment numbers its own groups: the same id is two groups here, and one name one group.
    const owned = buildAnnualReport({
      ...annualInput,
      assessments: [
        onOwnGroup('a', 'Care leavers'),
        onOwnGroup('b', 'Kinship carers'),
        onOwnGroup('c', 'Care leavers'),
      ],
    });
    const groups = owned.impacts.filter((tally) => tally.group !== undefined);
    expect(
      groups.map(({ characteristic, group, negative, positive }) => ({
        characteristic,
        group,
        negative,
        positive,
      })),
    ).toMatchInlineSnapshot(`
      [
        {
          "characteristic": "disability",
          "group": "Care leavers",
          "negative": 2,
          "positive": 0,
        },
        {
          "characteristic": "disability",
          "group": "Kinship carers",
          "negative": 1,
          "positive": 0,
        },
      ]
    `);
    expect(owned.intersectional.map((finding) => finding.group)).toEqual([
      'Care leavers',
      'Kinship carers',
      'Care leavers',
    ]);
    const markdown = renderAnnualReportMarkdown(owned, cafcassProfile);
    expect(markdown).toContain('| Care leavers | Kinship carers |');
    expect(markdown).not.toContain('group_1');
    // In a Welsh report the names are the authors' English, marked as such.
    const inWelsh = renderAnnualReportHtml(owned, cafcassProfile, [welsh]);
    expect(inWelsh).toMatch(/<th scope="col" lang="en-GB">Kinship carers<\/th>/);
    expect(inWelsh).toContain('<td lang="en-GB">Care leavers</td>');
  });

  it('highlights negatives in the HTML with words, symbols and a tone', () => {
    const html = renderAnnualReportHtml(report, cafcassProfile);
    expect(html).toContain('<td class="tone-negative-high">▼ 1 negative (1 high)</td>');
    expect(html).toContain('1 of 4 screening decisions (25%) found no full assessment was needed.');
  });

  it('lists only the actions overdue longest when there are more, and says how many and where the rest are', () => {
    const cut = buildAnnualReport({ ...annualInput, listed: 3 });
    expect(cut.actions.overdue).toBe(8);
    expect(cut.actions.longestOverdue.map((action) => action.dueDate)).toEqual([
      '2025-01-31',
      '2026-05-29',
      '2026-05-29',
    ]);
    expect(renderAnnualReportMarkdown(cut, cafcassProfile)).toContain(
      'Showing the 3 overdue longest, of 8. The full list of overdue actions is available from us on request, as a spreadsheet.',
    );
    const published = buildAnnualReport({ ...annualInput, listed: 3, overdueListAt: 'overdue-2026.csv' });
    expect(renderAnnualReportMarkdown(published, cafcassProfile)).toContain(
      'The full list of overdue actions is in overdue-2026.csv.',
    );
    // In Welsh too, and the whole list is the spreadsheet's.
    expect(renderAnnualReportMarkdown(published, cafcassProfile, [welsh])).toContain(
      'Yn dangos y rhai sydd wedi bod yn hwyr hiraf: 3 o 8.',
    );
    const csv = renderOverdueActionsCsv(buildAnnualReport(annualInput).actions.longestOverdue);
    expect(csv.trim().split('\r\n')).toHaveLength(1 + 8);
  });
});

describe('the annual report’s counts in English', () => {
  it('agree with their nouns: one assessment was signed off, two were', async () => {
    const { englishAnnual } = await import('../src/language/en/annual.js');
    const { summary, overview } = englishAnnual;
    expect(summary.completed({ completed: 1, overdue: 1, today: '7 December 2026' })).toBe(
      '1 equality impact assessment was signed off or published in the period, each policy counted once in its current revision. 1 action was overdue on 7 December 2026.',
    );
    expect(summary.completed({ completed: 2, overdue: 0, today: '7 December 2026' })).toMatch(
      /^2 equality impact assessments were .* 0 actions were overdue/,
    );
    expect(summary.engage({ n: 1 })).toBe('We engage with 1 staff network, board or forum.');
    expect(summary.compared({ workforce: 1, caseload: 2, period: '2025-26' })).toContain(
      '(1 characteristic)',
    );
    expect(overview.count({ n: 1, from: 'a', to: 'b' })).toMatch(/^1 equality impact assessment was created/);
  });
});
