import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  type AssessmentEvent,
  applySectionPatches,
  editSection,
  newEvidenceItem,
  type Patch,
  refuseUnknownKeys,
  type SectionId,
  type SectionRecipe,
  ValidationError,
} from '../src/index.js';
import { people, startingAssessment } from './fixtures/lifecycle.js';

// An edit made from JavaScript can set a key no schema knows; the section's parse drops it, and the text
// under it, without a word. The lifecycle (and so replay) keeps reading such an edit as it always did;
// refuseUnknownKeys, for an edit being made, names each such key where it was set.

const withEvidence = (): Assessment =>
  applySectionPatches(
    startingAssessment(),
    'evidence',
    editSection(startingAssessment(), 'evidence', (evidence) => {
      evidence.items.push(newEvidenceItem({ id: 'survey', kind: 'data', title: 'Survey' }));
    }).patches,
  );

function made<S extends SectionId>(before: Assessment, section: S, recipe: SectionRecipe<S>) {
  const { patches } = editSection(before, section, recipe);
  const edit: AssessmentEvent = {
    type: 'edit',
    by: people.author,
    at: '2026-01-05T09:00:00Z',
    section,
    patches,
  };
  return { edit, patches, after: applySectionPatches(before, section, patches) };
}

const refusalOf = (event: AssessmentEvent, after: Assessment) => {
  try {
    refuseUnknownKeys(event, after);
  } catch (error) {
    return error as ValidationError;
  }
  return undefined;
};

const loose = (value: object) => value as Record<string, unknown>;

describe('an edit setting a key no schema knows', () => {
  it('is read by the lifecycle without the key, and refused as one being made', () => {
    const { edit, after } = made(startingAssessment(), 'policy', (policy) => {
      policy.title = 'Video hearings';
      loose(policy).summry = 'Hearings move to video.';
    });
    expect(after.policy.title).toBe('Video hearings');
    expect(after.policy).not.toHaveProperty('summry');
    const refusal = refusalOf(edit, after);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal?.message).toMatchInlineSnapshot(`
      "The edit of "policy" would make the assessment invalid:
        - policy: not a field here: "summry" (check its spelling, or remove it)"
    `);
    // Told and caused as the lifecycle's own refusals, so a client in another language words it again.
    expect(refusal?.told?.id).toBe('editInvalid');
    expect(refusal?.cause).toEqual({
      issues: [expect.objectContaining({ code: 'unrecognized_keys', keys: ['summry'], path: ['policy'] })],
    });
  });

  const cases: [string, (before: Assessment) => ReturnType<typeof made>, string[]][] = [
    [
      'in a list item added whole',
      (before) =>
        made(before, 'evidence', (evidence) => {
          evidence.items.push({
            ...newEvidenceItem({ id: 'poll', kind: 'data', title: 'Poll' }),
            titel: 'x',
          } as never);
        }),
      ['evidence.items.1: not a field here: "titel" (check its spelling, or remove it)'],
    ],
    [
      'set on a list item already there',
      (before) =>
        made(before, 'evidence', (evidence) => {
          loose(evidence.items[0] as object).titel = 'Survey 2025';
        }),
      ['evidence.items.0: not a field here: "titel" (check its spelling, or remove it)'],
    ],
    [
      'in a list item replaced whole, beside one set on the section',
      (before) =>
        made(before, 'evidence', (evidence) => {
          evidence.items[0] = { ...(evidence.items[0] as object), sauce: 'x', dated: 'y' } as never;
          loose(evidence).notes = 'x';
        }),
      [
        'evidence.items.0: not a field here: "sauce", "dated" (check its spelling, or remove it)',
        'evidence: not a field here: "notes" (check its spelling, or remove it)',
      ],
    ],
  ];

  it.each(cases)('is named where it was set: %s', (_name, edit, messages) => {
    const { edit: event, after } = edit(withEvidence());
    const refusal = refusalOf(event, after);
    expect(refusal?.issues.map((issue) => `${issue.path}: ${issue.message}`).sort()).toEqual(
      [...messages].sort(),
    );
  });

  it('leaves alone every edit the schema takes as written', () => {
    const before = withEvidence();
    const fine: ReturnType<typeof made>[] = [
      made(before, 'evidence', (evidence) => {
        evidence.items.push(newEvidenceItem({ id: 'poll', kind: 'data', title: 'Poll' }));
      }),
      made(before, 'evidence', (evidence) => {
        evidence.items.splice(0, 1);
      }),
      made(before, 'evidence', (evidence) => {
        (evidence.items[0] as { title: string }).title = 'Survey 2025';
      }),
      made(before, 'policy', (policy) => {
        policy.aims = 'Fewer adjournments.';
      }),
    ];
    for (const { edit, after } of fine) expect(refusalOf(edit, after)).toBeUndefined();
    // A field set to undefined, which the parse may leave out, is not a key it dropped.
    const cleared: Patch[] = [{ op: 'replace', path: ['policy', 'aims'], value: undefined }];
    const { aims: _, ...policy } = before.policy;
    const edit: AssessmentEvent = {
      ...(fine[3]?.edit as AssessmentEvent & { type: 'edit' }),
      patches: cleared,
    };
    expect(refusalOf(edit, { ...before, policy: policy as Assessment['policy'] })).toBeUndefined();
  });

  it('judges only edits, and an assessment without the path does not make it crash', () => {
    const before = startingAssessment();
    expect(
      refusalOf({ type: 'submit', by: people.author, at: '2026-01-05T09:00:00Z' }, before),
    ).toBeUndefined();
    const deep: AssessmentEvent = {
      type: 'edit',
      by: people.author,
      at: '2026-01-05T09:00:00Z',
      section: 'evidence',
      patches: [{ op: 'add', path: ['evidence', 'nowhere', 0, 'titel'], value: 'x' }],
    };
    expect(refusalOf(deep, before)).toBeUndefined();
  });
});
