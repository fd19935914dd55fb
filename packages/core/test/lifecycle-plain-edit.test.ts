import fc from 'fast-check';
import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { replacedValues, withReplaced } from '../src/edits/replaced-values.js';
import {
  Assessment,
  applySectionPatches,
  createLifecycle,
  EqiaError,
  type Patch,
  type PersistedSnapshot,
} from '../src/index.js';
import { parseEvent } from '../src/lifecycle/lifecycle.js';
import { isPlainEdit } from '../src/lifecycle/plain-edit.js';
import { createEvent, people, startingAssessment } from './fixtures/lifecycle.js';

/*
 * The lifecycle takes an edit as it is, unparsed, only when parsing would give it back equal (plain-edit.ts),
 * and sets replaced values without immer's drafts (withReplaced). Each way must be the slow way's twin:
 * the same snapshots, the same refusals worded the same.
 */

const lifecycle = createLifecycle();
const start = (): PersistedSnapshot => {
  const draft = lifecycle.start(createEvent());
  return lifecycle.apply(draft, {
    type: 'screen',
    by: people.author,
    at: '2025-03-01T09:01:00Z',
    decision: 'full_assessment',
    rationale: 'Affects hearings',
  });
};

const plain = () => ({
  type: 'edit',
  by: { id: 'amara', roles: ['author'] },
  at: '2025-03-01T09:05:00.000Z',
  section: 'policy',
  patches: [{ op: 'replace', path: ['policy', 'aims'], value: 'Faster hearings' }],
});

type Mutation = [string, (event: ReturnType<typeof plain> & Record<string, unknown>) => void];
const mutations: Mutation[] = [
  [
    'another type',
    (e) => {
      e.type = 'screen';
    },
  ],
  [
    'an unknown section',
    (e) => {
      e.section = 'nowhere';
    },
  ],
  [
    'an extra key',
    (e) => {
      e.extra = 1;
    },
  ],
  [
    'no by',
    (e) => {
      delete (e as Partial<typeof e>).by;
    },
  ],
  [
    'by with an extra key',
    (e) => {
      Object.assign(e.by, { name: 'Amara' });
    },
  ],
  [
    'an empty user id',
    (e) => {
      e.by.id = '';
    },
  ],
  [
    'a user id too long',
    (e) => {
      e.by.id = 'a'.repeat(101);
    },
  ],
  [
    'a user id that is no text',
    (e) => {
      Object.assign(e.by, { id: 7 });
    },
  ],
  [
    'an unknown role',
    (e) => {
      e.by.roles.push('overlord');
    },
  ],
  [
    'roles with a hole',
    (e) => {
      e.by.roles.length = 2;
    },
  ],
  [
    'roles that are no list',
    (e) => {
      Object.assign(e.by, { roles: 'author' });
    },
  ],
  [
    'an instant without its zone',
    (e) => {
      e.at = '2025-03-01T09:05:00';
    },
  ],
  [
    'an instant that is no text',
    (e) => {
      Object.assign(e, { at: Date.parse(e.at) });
    },
  ],
  [
    'no patches',
    (e) => {
      e.patches = [];
    },
  ],
  [
    'patches that are no list',
    (e) => {
      Object.assign(e, { patches: {} });
    },
  ],
  [
    'a patch that is null',
    (e) => {
      Object.assign(e.patches, [null]);
    },
  ],
  [
    'an unknown op',
    (e) => {
      Object.assign(e.patches[0] as object, { op: 'move' });
    },
  ],
  [
    'a patch with an extra key',
    (e) => {
      Object.assign(e.patches[0] as object, { from: 'x' });
    },
  ],
  [
    'a patch without its path',
    (e) => {
      delete (e.patches[0] as Partial<Patch>).path;
    },
  ],
  [
    'a negative index',
    (e) => {
      (e.patches[0] as Patch).path.push(-1);
    },
  ],
  [
    'a fractional index',
    (e) => {
      (e.patches[0] as Patch).path.push(1.5);
    },
  ],
  [
    'an index past safe integers',
    (e) => {
      (e.patches[0] as Patch).path.push(2 ** 53);
    },
  ],
  [
    'a path key that is neither',
    (e) => {
      (e.patches[0] as Patch).path.push(true as never);
    },
  ],
  [
    'a path with a hole',
    (e) => {
      (e.patches[0] as Patch).path.length = 3;
    },
  ],
  [
    'a class instance',
    (e) => {
      Object.setPrototypeOf(e, class {}.prototype);
    },
  ],
  [
    'an object without a prototype',
    (e) => {
      Object.setPrototypeOf(e, null);
    },
  ],
];

describe('an edit taken as it is', () => {
  it('is the edit the SDK builds: parsing would give it back equal', () => {
    const event = plain();
    expect(isPlainEdit(event)).toBe(true);
    expect(parseEvent(event)).toStrictEqual(event);
    const valueless = { ...event, patches: [{ op: 'remove', path: ['policy', 'aims'] }] };
    expect(isPlainEdit(valueless)).toBe(true);
    const indexed = { ...event, patches: [{ op: 'add', path: ['evidence', 'gaps', 0], value: {} }] };
    expect(isPlainEdit(indexed)).toBe(true);
  });

  it.each(mutations)('is parsed when it has %s', (_, mutate) => {
    const event = plain();
    mutate(event as never);
    expect(isPlainEdit(event)).toBe(false);
  });

  it('is never anything but a plain edit', () => {
    for (const input of [null, undefined, 'edit', 1, [], [plain()]]) expect(isPlainEdit(input)).toBe(false);
  });

  it('is, whenever taken so, exactly what parsing gives', () => {
    const any = fc.oneof(fc.constant(undefined), fc.anything({ maxDepth: 1 }));
    const maybe = <T>(value: fc.Arbitrary<T>) => fc.oneof({ arbitrary: value, weight: 4 }, any);
    const patch = fc.record(
      {
        op: maybe(fc.constantFrom('add', 'remove', 'replace')),
        path: maybe(fc.array(fc.oneof(fc.string(), fc.integer({ min: -2, max: 3 }), fc.double()))),
        value: fc.anything({ maxDepth: 1 }),
      },
      { requiredKeys: [], noNullPrototype: true },
    );
    const event = fc.record(
      {
        type: maybe(fc.constant('edit')),
        by: maybe(
          fc.record({
            id: maybe(fc.string({ maxLength: 3 })),
            roles: maybe(fc.array(fc.constantFrom('author', 'viewer', 'nobody'))),
          }),
        ),
        at: maybe(fc.constantFrom('2025-03-01T09:05:00Z', '2025-03-01T09:05:00+01:00', '2025-03-01', 'x')),
        section: maybe(fc.constantFrom('policy', 'evidence', 'nowhere')),
        patches: maybe(fc.array(maybe(patch), { maxLength: 3 })),
        extra: any,
      },
      { requiredKeys: [], noNullPrototype: true },
    );
    fc.assert(
      fc.property(event, (input) => {
        if (!isPlainEdit(input)) return;
        expect(parseEvent(input)).toStrictEqual(input);
      }),
      { numRuns: 2000 },
    );
  });
});

/** What the lifecycle makes of an event: the snapshot, or the refusal as a user reads it. */
function outcome(snapshot: PersistedSnapshot, event: unknown) {
  try {
    return { snapshot: lifecycle.apply(snapshot, event as never) };
  } catch (error) {
    if (!(error instanceof EqiaError)) throw error;
    return {
      refused: error.constructor.name,
      message: error.message,
      issues: (error as { issues?: unknown }).issues,
    };
  }
}

describe('the lifecycle, given an edit as it is', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 5 }),
    fc.constant('  padded  '),
    fc.integer(),
    fc.constant(null),
  );
  const edit = fc.record({
    // Objects as the SDK makes them (fast-check also makes some without a prototype: those are parsed).
    by: fc.constantFrom(people.author, people.viewer, people.approver),
    section: fc.constantFrom('policy', 'screening', 'monitoring'),
    patches: fc.array(
      fc.record(
        {
          op: fc.constantFrom('add', 'replace', 'remove'),
          path: fc.constantFrom(
            ['policy', 'aims'],
            ['policy', 'title'],
            ['policy', 'contributors', 0],
            ['monitoring', 'arrangements'],
            ['screening', 'decision'],
            ['welsh', 'policy.aims'],
            ['decision', 'outcome'],
          ),
          value,
        },
        { noNullPrototype: true },
      ),
      { minLength: 1, maxLength: 3 },
    ),
  });

  it('answers as it does for the same edit parsed: the same snapshot or the same refusal', () => {
    const snapshot = start();
    fc.assert(
      fc.property(edit, ({ by, section, patches }) => {
        const event = { type: 'edit', by, at: '2025-03-01T09:05:00Z', section, patches };
        expect(isPlainEdit(event)).toBe(true);
        // An extra key sends the same edit through zod, which drops it.
        expect(outcome(snapshot, event)).toStrictEqual(outcome(snapshot, { ...event, note: 'parsed' }));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an edit of no known section with the parse’s words', () => {
    const event = { ...plain(), section: 'nowhere' };
    expect(outcome(start(), event)).toMatchInlineSnapshot(`
      {
        "issues": [
          {
            "message": "give one of "policy", "decision", "screening", "evidence", "engagement", "analysis", "intersectionality", "generalDuty", "outcome", "actions", "monitoring"",
            "path": "section",
          },
        ],
        "message": "The event is not valid:
        - section: give one of "policy", "decision", "screening", "evidence", "engagement", "analysis", "intersectionality", "generalDuty", "outcome", "actions", "monitoring"",
        "refused": "ValidationError",
      }
    `);
  });
});

describe('replaced values set without a draft', () => {
  const assessment = startingAssessment();
  const text = fc.string({ maxLength: 8 });
  const replacements = fc.uniqueArray(
    fc.oneof(
      fc.record({ path: fc.constant(['policy', 'aims']), value: text }),
      fc.record({ path: fc.constant(['policy', 'title']), value: text.map((t) => `T${t}`) }),
      fc.record({ path: fc.constant(['policy', 'contributors', 1]), value: fc.constantFrom('ben', 'dan') }),
      fc.record({ path: fc.constant(['actions', 0, 'owner']), value: text }),
      fc.record({ path: fc.constant(['monitoring', 'arrangements']), value: text }),
    ),
    { minLength: 1, maxLength: 4, selector: (patch) => patch.path.join('/') },
  );

  it('make the assessment immer’s applyPatches makes, sharing what they leave', () => {
    fc.assert(
      fc.property(replacements, (found) => {
        const patches: Patch[] = found.map(({ path, value }) => ({ op: 'replace', path: [...path], value }));
        const applied = withReplaced(assessment, patches);
        expect(applied).toStrictEqual(applyPatches(assessment, patches as never));
        expect(applied.evidence).toBe(assessment.evidence);
        expect(assessment).toStrictEqual(startingAssessment());
      }),
    );
  });

  it('copy each value set, so freezing the result leaves the event’s values alone', () => {
    const value = [{ id: 'c-1', date: '2025-03-01' }];
    const patches: Patch[] = [{ op: 'replace', path: ['policy', 'contributors'], value: ['ben'] }];
    const objects: Patch[] = [{ op: 'replace', path: ['policy', 'extra'], value }];
    const copy = withReplaced({ policy: { extra: [] as unknown[] } }, objects).policy.extra;
    expect(copy).toStrictEqual(value);
    expect(copy).not.toBe(value);
    expect(copy[0]).not.toBe(value[0]);
    const result = applySectionPatches(assessment, 'policy', patches);
    expect(Object.isFrozen(result.policy.contributors)).toBe(true);
    expect(Object.isFrozen(patches[0]?.value)).toBe(false);
    expect(replacedValues('policy', Assessment.shape.policy, assessment.policy, patches)).toBeDefined();
  });
});
