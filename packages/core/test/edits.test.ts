import fc from 'fast-check';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { replacedValues } from '../src/edits/replaced-values.js';
import {
  Assessment,
  applySectionPatches,
  editSection,
  type Patch,
  type SectionId,
  sectionIds,
  ValidationError,
} from '../src/index.js';
import { assessment } from './checks/arbitraries.js';
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
        - actions.0.dueDate: give a date such as 2026-03-31]
    `);
  });
});

type Tree = Record<string | number, unknown>;

/** A path into `value`, one key (or index) picked at each level, as deep as `depth` and the value go. */
function pathInto(value: unknown, pick: readonly number[], depth: number): (string | number)[] {
  const path: (string | number)[] = [];
  let here = value;
  for (const n of pick.slice(0, depth)) {
    if (typeof here !== 'object' || here === null) break;
    const keys = Array.isArray(here) ? here.map((_, i) => i) : Object.keys(here);
    const key = keys[n % Math.max(keys.length, 1)];
    if (key === undefined) break;
    path.push(key);
    here = (here as Tree)[key];
  }
  return path;
}

const valueAt = (value: unknown, path: readonly (string | number)[]) =>
  path.reduce<unknown>(
    (here, key) => (typeof here === 'object' && here ? (here as Tree)[key] : undefined),
    value,
  );

/** What an edit gave when every edit parsed its whole section: the assessment after it, or 'refused'. */
function parsingTheSection(before: Assessment, section: SectionId, patches: Patch[]): Assessment | 'refused' {
  const patched = applyPatches(before, patches as Parameters<typeof applyPatches>[1]);
  if (JSON.stringify(patched.screening?.decision) !== JSON.stringify(before.screening.decision))
    return 'refused';
  const result = Assessment.shape[section].safeParse(patched[section]);
  return result.success ? { ...patched, [section]: result.data } : 'refused';
}

describe('an edit that replaces values', () => {
  it('is taken or refused, and gives the assessment, exactly as parsing its whole section would', () => {
    let fast = 0;
    const replacement = fc.record({
      pick: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
      depth: fc.nat({ max: 6 }),
      // Another assessment's value at that path (often valid), or anything (often not), untrimmed text too.
      junk: fc.option(
        fc.oneof(
          fc.string().map((text) => ` ${text} `),
          fc.integer(),
          fc.anything(),
        ),
        {
          nil: undefined,
        },
      ),
    });
    fc.assert(
      fc.property(
        assessment,
        assessment,
        fc.constantFrom(...sectionIds),
        fc.array(replacement, { minLength: 1, maxLength: 3 }),
        (before, other, section, replacements) => {
          const patches: Patch[] = replacements.map(({ pick, depth, junk }) => {
            const path = pathInto(before[section], pick, depth);
            const value = junk ?? valueAt(other[section], path) ?? valueAt(before[section], path);
            return { op: 'replace', path: [section, ...path], value };
          });
          let expected: Assessment | 'refused';
          try {
            expected = parsingTheSection(before, section, patches);
          } catch {
            expected = 'refused';
          }
          if (replacedValues(section, Assessment.shape[section], before[section], patches)) fast++;
          let actual: Assessment | 'refused';
          try {
            actual = applySectionPatches(before, section, patches);
          } catch (error) {
            expect(error).toBeInstanceOf(ValidationError);
            actual = 'refused';
          }
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
    // Worth something only if many edits took the values' way.
    expect(fast).toBeGreaterThan(10);
  }, 60_000);
});
