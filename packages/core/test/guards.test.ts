import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type AssessmentEvent,
  authorise,
  createLifecycle,
  type Finding,
  type InvalidTransitionError,
  type PersistedSnapshot,
} from '../src/index.js';
import { at, createEvent, editEvent, people } from './fixtures/lifecycle.js';

// What each guard of the lifecycle says when it refuses: the reason a user reads, for every refusal.

const { author, contributor, equalityLead, approver, viewer } = people;
const lifecycle = createLifecycle();

function play(events: AssessmentEvent[], life = lifecycle): PersistedSnapshot {
  let snapshot = life.start(createEvent());
  for (const event of events) snapshot = life.apply(snapshot, event);
  return snapshot;
}

const screen = {
  type: 'screen',
  by: author,
  at: at(1),
  decision: 'full_assessment',
  rationale: 'r',
} as const;
const submit = { type: 'submit', by: author, at: at(2) } as const;
const approve = (by: Actor, stage: string) =>
  ({ type: 'approve', by, at: at(3), stage, attestation: 'I confirm', comment: '' }) as const;
const comment = (id: string, replyTo?: string) =>
  ({
    type: 'comment',
    by: equalityLead,
    at: at(4),
    comment: { id, section: 'evidence', body: 'Which survey?', replyTo },
  }) as const;

// Played in each test, not when the file loads, so mutation testing sees which tests run which guard.
const inReview = () => play([screen, submit, comment('c1')]);
const signedOff = () =>
  play([screen, submit, approve(equalityLead, 'equality_review'), approve(approver, 'senior_sign_off')]);

const refusal = (snapshot: PersistedSnapshot, event: AssessmentEvent) => {
  try {
    lifecycle.apply(snapshot, event);
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  throw new Error('the event was accepted');
};

describe('the lifecycle says why it refuses', () => {
  it('counts the blocking findings in words and lists each', () => {
    const finding = (message: string): Finding => ({
      ruleId: 'r',
      severity: 'error',
      message,
      section: 'analysis',
      path: 'analysis',
      why: '',
      hint: '',
    });
    const strict = createLifecycle({ check: () => [finding('Age is not assessed'), finding('No aims')] });
    const snapshot = play([screen], strict);
    expect(() => strict.apply(snapshot, submit)).toThrowErrorMatchingInlineSnapshot(
      `[BlockedByFindingsError: Cannot submit for review while 2 error-level findings remain: Age is not assessed; No aims]`,
    );
  });

  it('names a stage missing from the approval chain, and the stage it waits on', () => {
    const error = (() => {
      try {
        lifecycle.apply(inReview(), approve(equalityLead, 'board'));
      } catch (caught) {
        return caught as InvalidTransitionError;
      }
    })();
    expect([error?.message, error?.state, error?.event]).toMatchInlineSnapshot(`
      [
        "The assessment waits on the "equality_review" stage, so cannot approve "board" (no such stage in its approval chain).",
        "in_review.equality_review",
        "approve",
      ]
    `);
    expect(
      refusal(inReview(), {
        type: 'requestChanges',
        by: approver,
        at: at(5),
        stage: 'senior_sign_off',
        comment: 'x',
      }),
    ).toMatchInlineSnapshot(
      `"InvalidTransitionError: The assessment waits on the "equality_review" stage, so cannot request changes at "senior_sign_off"."`,
    );
    // Who may act at a stage the chain lacks is the lifecycle's to refuse, not the policy's.
    expect(authorise(equalityLead, inReview().assessment, approve(equalityLead, 'board'))).toBeUndefined();
  });

  it('refuses a comment that repeats an id or answers none, and resolving one twice or none', () => {
    expect([
      refusal(inReview(), comment('c1')),
      refusal(inReview(), comment('c2', 'c9')),
      refusal(inReview(), { type: 'resolveComment', by: author, at: at(5), commentId: 'c9' }),
      refusal(
        play([
          screen,
          submit,
          comment('c1'),
          { type: 'resolveComment', by: author, at: at(5), commentId: 'c1' },
        ]),
        {
          type: 'resolveComment',
          by: author,
          at: at(6),
          commentId: 'c1',
        },
      ),
    ]).toMatchInlineSnapshot(`
      [
        "ValidationError: A comment with id "c1" already exists: give the new comment a new id.",
        "ValidationError: The comment replies to "c9", which does not exist.",
        "ValidationError: There is no comment "c9" to resolve.",
        "ValidationError: Comment "c1" is already resolved.",
      ]
    `);
    expect(lifecycle.apply(inReview(), comment('c2', 'c1')).assessment.review.comments).toHaveLength(2);
  });

  it('names the actions there are when an update names another, and refuses a self-supersession', () => {
    const update = {
      type: 'updateAction',
      by: author,
      at: at(5),
      actionId: 'act-9',
      status: 'done',
      note: '',
    } as const;
    const noActions: PersistedSnapshot = {
      ...signedOff(),
      assessment: { ...signedOff().assessment, actions: [] },
    };
    expect([
      refusal(signedOff(), update),
      refusal(noActions, update),
      refusal(signedOff(), { type: 'supersede', by: author, at: at(5), supersededBy: 'eqia-1' }),
    ]).toMatchInlineSnapshot(`
      [
        "ValidationError: There is no action "act-9" in the action plan: actions: act-1.",
        "ValidationError: There is no action "act-9" in the action plan: actions: none.",
        "ValidationError: An assessment cannot supersede itself: give the id of the new revision.",
      ]
    `);
  });

  it('says who may, for the refusals of the policy the other tests do not read', () => {
    const insiderLead = { ...contributor, roles: ['contributor', 'equality_lead'] } satisfies Actor;
    expect([
      refusal(signedOff(), {
        type: 'updateAction',
        by: approver,
        at: at(5),
        actionId: 'act-1',
        status: 'done',
        note: '',
      }),
      refusal(signedOff(), { type: 'addMonitoringNote', by: approver, at: at(5), note: 'Take-up is low' }),
      refusal(inReview(), { type: 'resolveComment', by: viewer, at: at(5), commentId: 'c1' }),
      refusal(signedOff(), { type: 'supersede', by: viewer, at: at(5), supersededBy: 'eqia-2' }),
      refusal(inReview(), {
        type: 'verdict',
        by: insiderLead,
        at: at(5),
        section: 'analysis',
        verdict: 'acceptable',
        comment: '',
      }),
      refusal(inReview(), {
        type: 'requestChanges',
        by: approver,
        at: at(5),
        stage: 'equality_review',
        comment: 'x',
      }),
    ]).toMatchInlineSnapshot(`
      [
        "ForbiddenError: sam may not update the actions of assessment eqia-1: only its author, owner or listed contributors (with the author or contributor role), an equality lead or an admin may.",
        "ForbiddenError: sam may not add monitoring notes to assessment eqia-1: only its author, owner or listed contributors (with the author or contributor role), an equality lead or an admin may.",
        "ForbiddenError: val is a viewer and may not resolve comments: ask an author, reviewer or admin.",
        "ForbiddenError: val is a viewer and may not supersede: ask an author, reviewer or admin.",
        "ForbiddenError: ben contributed to this assessment, so may not give verdicts on it: someone independent of the policy must.",
        "ForbiddenError: sam may not request changes at the "Equality lead review" stage: only a user with the equality lead role may.",
      ]
    `);
  });

  it('names every role of an actor it refuses, and every action of the plan', () => {
    const twoRoles = { id: 'mo', roles: ['viewer', 'approver'] } satisfies Actor;
    const twoActions: PersistedSnapshot = {
      ...signedOff(),
      assessment: {
        ...signedOff().assessment,
        actions: [...signedOff().assessment.actions, { ...signedOff().assessment.actions[0]!, id: 'act-2' }],
      },
    };
    expect([
      refusal(play([]), { ...screen, by: twoRoles }),
      refusal(twoActions, {
        type: 'updateAction',
        by: author,
        at: at(5),
        actionId: 'act-9',
        status: 'done',
        note: '',
      }),
    ]).toMatchInlineSnapshot(`
      [
        "ForbiddenError: mo may not change assessment eqia-1: mo holds no author or contributor role (viewer, approver).",
        "ValidationError: There is no action "act-9" in the action plan: actions: act-1, act-2.",
      ]
    `);
    expect(() => lifecycle.start({ ...createEvent(), by: twoRoles })).toThrow(
      /\(viewer, approver\) may not create/,
    );
  });

  it('judges an edit before it is applied: a section not editable now, a patch that breaks the schema', () => {
    const draft = play([]);
    const error = (() => {
      try {
        lifecycle.apply(draft, editEvent(draft, 'monitoring', author, 1));
      } catch (caught) {
        return caught as InvalidTransitionError;
      }
    })();
    expect([error?.name, error?.state, error?.event]).toEqual(['InvalidTransitionError', 'draft', 'edit']);
    const breaking: AssessmentEvent = {
      type: 'edit',
      by: author,
      at: at(1),
      section: 'policy',
      patches: [{ op: 'replace', path: ['aims'], value: 5 }],
    };
    expect(lifecycle.can(draft, breaking)).toBe(false);
    expect(refusal(draft, breaking)).toMatch(/^ValidationError: /);
  });

  it('takes a reply to any comment there is, not only to the only one', () => {
    const twoComments = play([screen, submit, comment('c1'), comment('c2')]);
    expect(lifecycle.apply(twoComments, comment('c3', 'c1')).assessment.review.comments).toHaveLength(3);
  });

  it('says approving is what the findings block, at the stage they block', () => {
    const finding = (message: string): Finding => ({
      ruleId: 'r',
      severity: 'error',
      message,
      section: 'analysis',
      path: 'analysis',
      why: '',
      hint: '',
    });
    // The findings appear after submission (minute 2), when the reviewer approves.
    const late = createLifecycle({ check: (_assessment, when) => (when > at(2) ? [finding('X')] : []) });
    expect(() => late.apply(play([screen, submit], late), approve(equalityLead, 'equality_review'))).toThrow(
      'Cannot approve while 1 error-level finding remains: X',
    );
  });

  it('signs a screening-out off through a chain whose last stage is senior', () => {
    const lenient = createLifecycle({ check: () => [] });
    const screenOut = { ...screen, decision: 'not_required' } as const;
    const signed = play(
      [screenOut, submit, approve(equalityLead, 'equality_review'), approve(approver, 'senior_sign_off')],
      lenient,
    );
    expect(signed.status.state).toBe('signed_off');
  });
});
