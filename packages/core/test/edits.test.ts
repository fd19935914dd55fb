import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { applySectionPatches, editSection } from '../src/index.js';
import { startingAssessment } from './fixtures/lifecycle.js';

describe('section edits', () => {
  it('records what a recipe changed as patches rooted at the section', () => {
    const before = startingAssessment();
    const { assessment, patches } = editSection(before, 'policy', (policy) => {
      policy.aims = 'Fewer adjournments';
      policy.audiences.push('staff');
    });
    expect(patches).toHaveLength(2);
    expect(patches).toContainEqual({ op: 'replace', path: ['policy', 'aims'], value: 'Fewer adjournments' });
    expect(patches).toContainEqual({ op: 'add', path: ['policy', 'audiences', 0], value: 'staff' });
    expect(before.policy.aims).toBe('');
    expect(applyPatches(before, patches)).toEqual(assessment);
  });

  it('accepts a replacement returned by the recipe', () => {
    const { patches } = editSection(startingAssessment(), 'engagement', () => []);
    expect(patches.every((patch) => patch.path[0] === 'engagement')).toBe(true);
  });

  it('returns frozen results, so a stray mutation fails loudly instead of corrupting history', () => {
    const { assessment } = editSection(startingAssessment(), 'policy', (policy) => {
      policy.aims = 'x';
    });
    expect(Object.isFrozen(assessment.policy)).toBe(true);
    expect(() => {
      (assessment.policy as { aims: string }).aims = 'y';
    }).toThrow(TypeError);
  });

  it('applies patches and validates the result, naming the bad path', () => {
    const before = startingAssessment();
    const { patches } = editSection(before, 'actions', (actions) => {
      actions[0]!.dueDate = '31/12/2025';
    });
    expect(() => applySectionPatches(before, 'actions', patches)).toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: The edit of "actions" would make the assessment invalid:
        - actions.0.dueDate: Invalid ISO date]
    `);
  });
});
