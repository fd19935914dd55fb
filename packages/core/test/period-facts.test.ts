import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualFactsOf } from '../src/checks.js';
import { periodFactsOf } from '../src/digest/annual-facts.js';
import { annualTotalsOf, workedExample } from '../src/index.js';
import { assessment } from './checks/arbitraries.js';

// The annual answer gives the period's assessments without their actions: the report reads actions only
// as counted and listed over every assessment owed, and they were over half of what a store read.
describe('the period facts of an annual answer', () => {
  it('are the annual facts but the actions, every other field as it was', () => {
    fc.assert(
      fc.property(assessment, (given) => {
        const facts = annualFactsOf(given);
        const { actions, ...rest } = facts;
        expect(periodFactsOf(facts)).toStrictEqual(rest);
        expect(facts.actions).toBe(actions);
      }),
      { numRuns: 50 },
    );
  });

  it('are what annualTotalsOf gives of each assessment in the period, its actions still counted', () => {
    const facts = annualFactsOf(workedExample);
    expect(facts.actions.length).toBeGreaterThan(0);
    const query = { from: '2000-01-01', to: '2100-12-31', today: '2100-12-31' };
    const totals = annualTotalsOf([{ facts, state: 'draft' }], query);
    expect(totals.inPeriod).toStrictEqual([{ facts: periodFactsOf(facts), state: 'draft' }]);
    expect('actions' in (totals.inPeriod[0]?.facts ?? {})).toBe(false);
    const { open, inProgress, done, dropped } = totals.actions;
    expect(open + inProgress + done + dropped).toBe(facts.actions.length);
  });
});
