import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { replacedValues } from '../src/edits/replaced-values.js';
import { applySectionPatches, type Patch, ValidationError } from '../src/index.js';
import { startingAssessment } from './fixtures/lifecycle.js';

/*
 * Which edits take the values' way (only the replaced values parsed) and which parse their whole section:
 * the cases `replacedValues` promises to leave to the whole parse. edits.test.ts holds the two ways to
 * the same answers; here each reason to leave an edit to the whole parse is pinned on its own.
 */

const Item = z.object({ x: z.string() });
const Section = z.object({
  title: z.string().check(z.trim()),
  count: z.optional(z.number()),
  items: z.array(Item),
  tags: z.array(z.string()).check(z.maxLength(3)),
  notes: z.record(z.string(), z.string()),
  open: z.catchall(z.object({ k: z.string() }), z.string()),
  guarded: z.object({ x: z.string() }).check(z.refine((value) => value.x !== 'bad')),
  optional: z.optional(Item),
  nullable: z.nullable(Item),
  defaulted: z._default(Item, { x: 'd' }),
  prefaulted: z.prefault(Item, { x: 'p' }),
  frozen: z.readonly(Item),
  guardedOptional: z.optional(Item).check(z.refine((value) => value?.x !== 'bad')),
  empty: z.nullable(Item),
});

const section = () => ({
  title: 'Title',
  items: [{ x: 'a' }, { x: 'b' }],
  tags: ['p'],
  notes: { a: 'b' },
  open: { k: 'v', extra: 'e' },
  guarded: { x: 'g' },
  optional: { x: 'o' },
  nullable: { x: 'n' },
  defaulted: { x: 'd' },
  prefaulted: { x: 'p' },
  frozen: { x: 'f' },
  guardedOptional: { x: 'q' },
  empty: null,
});

const replace = (path: (string | number)[], value: unknown): Patch => ({
  op: 'replace',
  path: ['s', ...path],
  value,
});
const valuesOf = (patches: Patch[]) => replacedValues('s', Section, section(), patches);

describe('an edit that only replaces values', () => {
  it('parses the values it replaces, as the section would (text trimmed)', () => {
    expect(valuesOf([replace(['title'], '  New  ')])).toEqual([replace(['title'], 'New')]);
    expect(valuesOf([replace(['items', 1, 'x'], 'c')])).toEqual([replace(['items', 1, 'x'], 'c')]);
  });

  it('takes several values apart from each other at once', () => {
    const patches = [
      replace(['title'], 'T'),
      replace(['items', 0, 'x'], 'y'),
      replace(['items', 1, 'x'], 'z'),
    ];
    expect(valuesOf(patches)).toEqual(patches);
  });

  it.each(['optional', 'nullable', 'defaulted', 'prefaulted', 'frozen'])(
    'goes through a value that is %s',
    (field) => {
      expect(valuesOf([replace([field, 'x'], 'new')])).toEqual([replace([field, 'x'], 'new')]);
    },
  );

  it.each<[string, Patch[]]>([
    ['the whole section replaced', [{ op: 'replace', path: ['s'], value: section() }]],
    ['an add', [{ op: 'add', path: ['s', 'items', 2], value: { x: 'c' } }]],
    ['a remove', [{ op: 'remove', path: ['s', 'items', 1] }]],
    ['another section', [{ op: 'replace', path: ['t', 'title'], value: 'x' }]],
    ['a value the schema refuses', [replace(['title'], 5)]],
    ['a list item that is not there', [replace(['items', 2, 'x'], 'c')]],
    ['the item after the last', [replace(['items', 2], { x: 'c' })]],
    ['the item before the first', [replace(['items', -1], { x: 'c' })]],
    ['an add of a key that is there', [{ op: 'add', path: ['s', 'title'], value: 'x' }]],
    ['a negative index', [replace(['items', -1, 'x'], 'c')]],
    ['an index that is not whole', [replace(['items', 0.5, 'x'], 'c')]],
    ['a list item named by text', [replace(['items', '0', 'x'], 'c')]],
    ['a list with checks of its own', [replace(['tags', 0], 'q')]],
    ['a record', [replace(['notes', 'a'], 'c')]],
    ['an object that takes any key', [replace(['open', 'k'], 'w')]],
    ['an object with checks of its own', [replace(['guarded', 'x'], 'bad')]],
    ['a wrapper with checks of its own', [replace(['guardedOptional', 'x'], 'bad')]],
    ['a key the schema does not have', [replace(['missing'], 'x')]],
    ['a key the section does not hold', [replace(['count'], 2)]],
    ['a path into text', [replace(['title', 'length'], 2)]],
    ['a path into nothing', [replace(['empty', 'x'], 'x')]],
    ['a list indexed by a key', [replace(['items', 'x'], 'x')]],
    ['an object indexed by a number', [replace(['guarded', 0], 'x')]],
    [
      'two patches, one inside the other',
      [replace(['items', 0], { x: 'c' }), replace(['items', 0, 'x'], 'd')],
    ],
    ['two patches, the outer one last', [replace(['items', 0, 'x'], 'd'), replace(['items', 0], { x: 'c' })]],
    ['one value replaced twice', [replace(['title'], 'a'), replace(['title'], 'b')]],
    [
      'one good patch and one add',
      [replace(['title'], 'a'), { op: 'add', path: ['s', 'items', 2], value: { x: 'c' } }],
    ],
  ])('leaves to the whole parse %s', (_, patches) => {
    expect(valuesOf(patches)).toBeUndefined();
  });
});

describe('an edit of Welsh text beside its section', () => {
  const withPolicyWelsh = () =>
    applySectionPatches(startingAssessment(), 'policy', [
      { op: 'add', path: ['welsh'], value: { 'policy/aims': 'Nodau' } },
    ]);

  it('may change its own fields while another section keeps its Welsh', () => {
    const after = applySectionPatches(withPolicyWelsh(), 'actions', [
      { op: 'add', path: ['welsh', 'actions/act-1/measure'], value: 'Mesur' },
    ]);
    expect(after.welsh).toEqual({ 'policy/aims': 'Nodau', 'actions/act-1/measure': 'Mesur' });
  });

  it('names the Welsh part and key of what is invalid, keeping what the schema said', () => {
    const refusal = (() => {
      try {
        applySectionPatches(startingAssessment(), 'policy', [
          { op: 'add', path: ['welsh'], value: { 'policy/aims': 5 } },
        ]);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).issues.map((issue) => issue.path)).toEqual(['welsh.policy/aims']);
    expect((refusal as ValidationError).cause).toBeDefined();
  });

  it('names the fingerprints as their own part', () => {
    expect(() =>
      applySectionPatches(startingAssessment(), 'policy', [
        { op: 'add', path: ['welshOf'], value: { 'policy/aims': 'not hex' } },
      ]),
    ).toThrowError(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'welshOf.policy/aims' })] }),
    );
  });
});
