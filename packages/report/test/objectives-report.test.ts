import { type AnnualFacts, cafcassProfile, lifecycleStates } from '@eqia/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildAnnualReport,
  buildBoardReport,
  renderAnnualReportMarkdown,
  renderBoardReportHtml,
  renderBoardReportMarkdown,
} from '../src/index.js';
import { annualInput } from './fixtures/annual.js';
import { betterData as data } from './fixtures/objectives.js';

describe('the annual equality report', () => {
  it('reports each objective as it stood at the end of the period: RAG, measures against targets, what changed', () => {
    const report = buildAnnualReport({ ...annualInput, objectives: [data] });
    expect(report.objectives).toMatchObject([
      {
        title: 'Better data',
        owner: { name: 'Sam Patel', jobTitle: 'Director of Operations' },
        rag: 'green',
        lastUpdate: { asOf: '2026-09-30' },
        measures: [
          { indicator: 'Share recorded', baseline: 50, target: 80, latest: { value: 81 }, met: true },
        ],
        changes: [{ asOf: '2026-09-30', text: 'Families can say who they are.' }],
      },
    ]);
    const markdown = renderAnnualReportMarkdown(report, cafcassProfile);
    expect(markdown).toContain('1 equality objective: 1 green.');
    expect(markdown).toContain('### Objective 1: Better data');
    expect(markdown).toContain('| Share recorded | 50% | 81% (30 September 2026) | 80% | ✓ Yes |');
  });

  it('says so when the period is not over yet', () => {
    const open = buildAnnualReport({ ...annualInput, now: '2026-10-01T09:00:00Z' });
    expect(open.periodOpen).toBe(true);
    expect(renderAnnualReportMarkdown(open, cafcassProfile)).toContain(
      'The period runs to 31 December 2026 and is not over yet',
    );
    expect(buildAnnualReport(annualInput).periodOpen).toBe(false);
  });

  it('counts each policy once: only assessments in force contribute impacts, whatever state the others are in', () => {
    const template = annualInput.assessments[0];
    if (!template) throw new Error('no fixture');
    const negatives = (facts: AnnualFacts) =>
      facts.impacts.reduce((sum, count) => sum + (count.negative ?? 0), 0);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lifecycleStates), { minLength: 1, maxLength: 6 }), (states) => {
        const assessments = states.map((state, index) => ({
          facts: { ...template.facts, id: `a${index}` },
          status: { ...template.status, state },
        }));
        const report = buildAnnualReport({ ...annualInput, assessments });
        const inForce = states.filter((state) => state === 'signed_off' || state === 'published').length;
        const counted = report.impacts.reduce((sum, tally) => sum + tally.negative, 0);
        expect(counted).toBe(inForce * negatives(template.facts));
        expect(report.completed.length).toBe(inForce);
      }),
    );
  });
});

describe('the Board progress report', () => {
  it('shows each approved objective at a glance and in full, up to the day it reports on', () => {
    const report = buildBoardReport({
      objectives: [data],
      asOf: '2026-06-30',
      now: '2026-07-05T09:00:00Z',
      profile: cafcassProfile,
    });
    const markdown = renderBoardReportMarkdown(report, cafcassProfile);
    expect(markdown).toContain('# Equality objectives: progress to 30 June 2026');
    expect(markdown).toContain(
      '| Better data | Sam Patel | ◐ Amber (at risk), reported for 31 March 2026 | 0 of 1 |',
    );
    expect(markdown).toContain('✓ Done 31 March 2026: First step');
    expect(renderBoardReportHtml(report, cafcassProfile)).not.toContain('<script');
  });

  it('leaves out objectives the Board has not approved', () => {
    const draft = { ...data, status: 'draft' as const };
    expect(
      buildBoardReport({
        objectives: [draft],
        asOf: '2026-06-30',
        now: '2026-07-05T09:00:00Z',
        profile: cafcassProfile,
      }).objectives,
    ).toEqual([]);
  });
});
