import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/checks.js';
import { Assessment } from '../../src/index.js';
import { assessment, instant, profile } from './arbitraries.js';

describe('the engine on any schema-valid assessment', () => {
  it('never throws, and every finding is well formed', () => {
    fc.assert(
      fc.property(assessment, profile, instant, (a, p, now) => {
        for (const finding of check(a, p, { now })) {
          expect(['error', 'warning', 'info']).toContain(finding.severity);
          expect(finding.message.length).toBeGreaterThan(0);
          expect(p.ruleOverrides[finding.ruleId]).not.toBe('off');
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('gives the same findings for the same assessment, profile and clock', () => {
    fc.assert(
      fc.property(assessment, profile, instant, (a, p, now) => {
        const copy = Assessment.parse(JSON.parse(JSON.stringify(a)));
        expect(check(copy, p, { now })).toEqual(check(a, p, { now }));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
