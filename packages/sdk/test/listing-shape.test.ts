import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listingProblem } from '../src/light.js';

/** What each field of a listing must be (client/listing.ts), written out apart from stored-shapes.ts. */
const kinds = {
  id: 'text',
  revision: 'whole',
  state: 'text',
  stage: 'optional text',
  title: 'text',
  reference: 'text',
  team: 'text',
  owner: 'optional text',
  updatedAt: 'text',
  version: 'whole',
  outcome: 'optional text',
  nextReviewDate: 'optional text',
  publishedAt: 'optional text',
  negativeCharacteristics: 'texts',
  openActionCount: 'whole',
  earliestActionDue: 'optional text',
} as const;

const fits = (kind: (typeof kinds)[keyof typeof kinds], value: unknown) =>
  kind === 'text'
    ? typeof value === 'string'
    : kind === 'optional text'
      ? value === undefined || typeof value === 'string'
      : kind === 'whole'
        ? Number.isInteger(value)
        : Array.isArray(value) && value.every((item) => typeof item === 'string');

const anything = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 2 }), fc.string({ maxLength: 2 }), { maxKeys: 2 }),
);
const sound = {
  text: fc.string({ maxLength: 3 }),
  'optional text': fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
  whole: fc.integer(),
  texts: fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
};
// Mostly sound fields, some of anything, some missing, and a field of no listing's now and then.
const field = (kind: (typeof kinds)[keyof typeof kinds]) =>
  fc.oneof({ arbitrary: sound[kind], weight: 8 }, anything, fc.constant(undefined));
const listingLike = fc.record({
  ...(Object.fromEntries(Object.entries(kinds).map(([name, kind]) => [name, field(kind)])) as Record<
    keyof typeof kinds,
    fc.Arbitrary<unknown>
  >),
  supersedes: anything,
});

describe('listingProblem', () => {
  it('finds a problem exactly when a field is not what a listing holds there', () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: listingLike, weight: 9 }, anything), (value) => {
        const whole =
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.entries(kinds).every(([name, kind]) => fits(kind, (value as Record<string, unknown>)[name]));
        expect(listingProblem(value) === undefined).toBe(whole);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the first field that is wrong', () => {
    const listing = {
      id: 'eqia-1',
      revision: 1,
      state: 'draft',
      title: 'A',
      reference: 'R',
      team: 'T',
      updatedAt: '2026-01-01T00:00:00.000Z',
      version: 1,
      negativeCharacteristics: ['age'],
      openActionCount: 0,
    };
    expect(listingProblem(listing)).toBeUndefined();
    expect(listingProblem({ ...listing, title: 5, owner: 3 })).toMatchInlineSnapshot(
      `"field "title" is a number, not text"`,
    );
    expect(listingProblem({ ...listing, negativeCharacteristics: ['age', null] })).toMatchInlineSnapshot(
      `"field "negativeCharacteristics" item 1 is null, not text"`,
    );
    expect(listingProblem({ ...listing, openActionCount: undefined })).toMatchInlineSnapshot(
      `"field "openActionCount" is missing"`,
    );
    expect(listingProblem([listing])).toMatchInlineSnapshot(`"is a list, not an object"`);
  });
});
