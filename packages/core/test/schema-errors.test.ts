import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  Assessment,
  defaultProfile,
  parseAssessment,
  parseProfile,
  parseWith,
  ValidationError,
} from '../src/index.js';
import { startingAssessment } from './fixtures/lifecycle.js';

const message = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the input was accepted');
};

const valid = () => JSON.parse(JSON.stringify(startingAssessment()));

describe('assessment schema errors name the path and say what to do', () => {
  it('a missing title', () => {
    const input = valid();
    input.policy.title = '  ';
    expect(message(() => parseAssessment(input))).toMatchInlineSnapshot(`
      "The assessment is not valid:
        - policy.title: give the policy a title"
    `);
  });

  it('an unknown analysis status and a wrong date', () => {
    const input = valid();
    input.analysis.age = { status: 'maybe' };
    input.actions[0].dueDate = 'next week';
    expect(message(() => parseAssessment(input))).toMatchInlineSnapshot(`
      "The assessment is not valid:
        - analysis.age.status: give one of "not_assessed", "no_impact", "impacts_identified"
        - actions.0.dueDate: give a date such as 2026-03-31"
    `);
  });

  it('an id with spaces and an empty approval chain', () => {
    const input = valid();
    input.id = 'my assessment';
    input.approvalChain = [];
    expect(message(() => parseAssessment(input))).toMatchInlineSnapshot(`
      "The assessment is not valid:
        - id: use letters, digits, and . _ : - only (no spaces)
        - approvalChain: too short: give at least 1 item"
    `);
  });

  it('a title too long', () => {
    const input = valid();
    input.policy.title = 'x'.repeat(5000);
    expect(message(() => parseAssessment(input))).toMatchInlineSnapshot(`
      "The assessment is not valid:
        - policy.title: too long: give at most 300 characters"
    `);
  });

  it('a limit in words, however the schema sets it', () => {
    const said = (schema: z.ZodMiniType, value: unknown) =>
      message(() => parseWith(schema, value, 'The input'));
    expect(said(z.number().check(z.positive()), 0)).toContain('too small: give more than 0');
    expect(said(z.number().check(z.lt(10)), 10)).toContain('too big: give less than 10');
    expect(said(z.array(z.string()).check(z.length(2)), ['a'])).toContain('too short: give exactly 2 items');
    expect(said(z.string().check(z.maxLength(1)), 'ab')).toContain('too long: give at most 1 character');
  });

  it('a newer schema version', () => {
    expect(message(() => parseAssessment({ ...valid(), schemaVersion: 2 }))).toMatchInlineSnapshot(`
      "The assessment is not valid:
        - schemaVersion: give 1"
    `);
  });
});

describe('profile schema errors name the path and say what to do', () => {
  const profile = () => JSON.parse(JSON.stringify(defaultProfile));

  it('no senior stage and a duplicate stage', () => {
    const input = profile();
    input.approvalChain = [input.approvalChain[0], input.approvalChain[0]];
    expect(message(() => parseProfile(input))).toMatchInlineSnapshot(`
      "The profile is not valid:
        - approvalChain: mark one stage \`senior: true\`: a screening-out needs senior authorisation
        - approvalChain: duplicate id "equality_review""
    `);
  });

  it('a user without roles and an unknown role', () => {
    const input = profile();
    input.users = [
      { id: 'amara', name: 'Amara', roles: [] },
      { id: 'ben', name: 'Ben', roles: ['boss'] },
    ];
    expect(message(() => parseProfile(input))).toMatchInlineSnapshot(`
      "The profile is not valid:
        - users.0.roles: give the user at least one role
        - users.1.roles.0: give one of "author", "contributor", "equality_lead", "approver", "admin", "viewer""
    `);
  });

  it('a review interval too long', () => {
    expect(message(() => parseProfile({ ...profile(), reviewIntervalMonths: 61 }))).toMatchInlineSnapshot(`
      "The profile is not valid:
        - reviewIntervalMonths: too big: give at most 60"
    `);
  });

  it('a review interval out of range and a bad audience id', () => {
    const input = profile();
    input.reviewIntervalMonths = 0;
    input.audiences = [{ id: 'Staff Members', label: 'Staff' }];
    expect(message(() => parseProfile(input))).toMatchInlineSnapshot(`
      "The profile is not valid:
        - audiences.0.id: use lower-case letters, digits and underscores, starting with a letter
        - reviewIntervalMonths: too small: give at least 1"
    `);
  });
});

describe('keys a schema does not know', () => {
  // A misspelt key ("summry") would be dropped with the text under it: what a person wrote refuses it.
  const misspelt = () => {
    const input = valid();
    input.policy.summry = input.policy.summary;
    input.actions[0].owners = 'Sam';
    input.titel = 'x';
    return input;
  };

  it('are refused at any depth when asked, and the assessment is not parsed', () => {
    expect(
      message(() => parseWith(Assessment, misspelt(), 'The answers', { unknownKeys: 'refuse' })),
    ).toMatchInlineSnapshot(`
      "The answers is not valid:
        - (root): not a field here: "titel" (check its spelling, or remove it)
        - policy: not a field here: "summry" (check its spelling, or remove it)
        - actions.0: not a field here: "owners" (check its spelling, or remove it)"
    `);
  });

  it('are dropped by default, as zod does, for what eqia itself wrote', () => {
    const parsed = parseWith(Assessment, misspelt(), 'The assessment');
    expect(parsed).toEqual(parseAssessment(valid()));
  });

  it('are each named where they are, and only they', () => {
    const known = new Set(Object.keys(valid().policy));
    fc.assert(
      fc.property(
        fc
          .oneof(fc.constantFrom('__proto__', 'constructor', 'toString'), fc.string({ minLength: 1 }))
          .filter((key) => !known.has(key)),
        (key) => {
          const input = valid();
          // As JSON.parse gives it: an own key, "__proto__" too (an assignment would set the prototype).
          Object.defineProperty(input.policy, key, { value: 'text', enumerable: true, writable: true });
          const refused = () => parseWith(Assessment, input, 'The answers', { unknownKeys: 'refuse' });
          expect(refused).toThrow(ValidationError);
          try {
            refused();
          } catch (error) {
            expect((error as ValidationError).issues).toEqual([
              { path: 'policy', message: `not a field here: "${key}" (check its spelling, or remove it)` },
            ]);
          }
        },
      ),
    );
    // A valid assessment has none.
    expect(parseWith(Assessment, valid(), 'The assessment', { unknownKeys: 'refuse' })).toEqual(
      parseAssessment(valid()),
    );
  });
});
