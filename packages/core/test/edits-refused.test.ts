import { describe, expect, it } from 'vitest';
import { Assessment, applySectionPatches, editSection, ValidationError } from '../src/index.js';
import { startingAssessment } from './fixtures/lifecycle.js';

// An edit that cannot stand is refused with a ValidationError that says why and keeps what caused it;
// never a TypeError from inside (a crash, exit 70) and never a half-applied change.

const refusalOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('the edit was not refused');
};

describe('an edit at its edges', () => {
  it('takes a recipe’s replacement of the whole section', () => {
    const group = { id: 'eng-1', who: 'Parents’ forum', method: 'workshop' };
    const { assessment, patches } = editSection(startingAssessment(), 'engagement', () => [group as never]);
    expect(assessment.engagement).toEqual([group]);
    expect(patches).toEqual([{ op: 'replace', path: ['engagement'], value: [group] }]);
  });

  it('puts back an empty screening section taken away whole, rather than crash', () => {
    const before = startingAssessment();
    const after = applySectionPatches(before, 'screening', [{ op: 'remove', path: ['screening'] }]);
    expect(after.screening).toEqual(Assessment.shape.screening.parse(undefined));
  });

  it('keeps the schema’s error as the cause of an invalid result', () => {
    const before = startingAssessment();
    const refusal = refusalOf(() =>
      applySectionPatches(before, 'policy', [{ op: 'replace', path: ['policy', 'title'], value: 7 }]),
    ) as ValidationError;
    expect(refusal.issues.map((issue) => issue.path)).toEqual(['policy.title']);
    expect(refusal.cause).toBeInstanceOf(Error);
    // zod/mini's error: the issues that made the edit invalid.
    expect((refusal.cause as { issues?: unknown[] }).issues?.length).toBeGreaterThan(0);
  });

  it('keeps immer’s error as the cause of patches that do not apply, with no schema issue', () => {
    const before = startingAssessment();
    const refusal = refusalOf(() =>
      applySectionPatches(before, 'actions', [{ op: 'replace', path: ['actions', 5, 'title'], value: 'x' }]),
    ) as ValidationError;
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal.message).toMatch(/^The edit of "actions" cannot be applied: /);
    expect(refusal.issues).toEqual([]);
    expect(refusal.cause).toBeInstanceOf(Error);
    expect(refusal.message).toContain((refusal.cause as Error).message);
  });
});
