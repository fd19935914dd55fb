import { describe, expect, it } from 'vitest';
import { welshMessages } from '../src/cy.js';
import {
  type Actor,
  type AssessmentEvent,
  BlockedByFindingsError,
  createLifecycle,
  type EqiaError,
  englishLifecycleWords,
  type Finding,
  isReviewDue,
  type PersistedSnapshot,
  toldIn,
} from '../src/index.js';
import { at, createEvent, editEvent, people } from './fixtures/lifecycle.js';

const { author, contributor, equalityLead, approver, conflicted, viewer } = people;
const lifecycle = createLifecycle();

function inReview(life = lifecycle): PersistedSnapshot {
  let snapshot = life.start(createEvent());
  snapshot = life.apply(snapshot, {
    type: 'screen',
    by: author,
    at: at(1),
    decision: 'full_assessment',
    rationale: 'Relevant',
  });
  return life.apply(snapshot, { type: 'submit', by: author, at: at(2) });
}

const approve = (by: Actor, stage = 'equality_review') =>
  ({ type: 'approve', by, at: at(3), stage, attestation: 'I confirm', comment: '' }) as const;

function signedOff(): PersistedSnapshot {
  const reviewed = lifecycle.apply(inReview(), approve(equalityLead));
  return lifecycle.apply(reviewed, approve(approver, 'senior_sign_off'));
}

const refusal = (snapshot: PersistedSnapshot, event: Parameters<typeof lifecycle.apply>[1]) => {
  try {
    lifecycle.apply(snapshot, event);
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  throw new Error('the event was accepted');
};

describe('lifecycle guards', () => {
  it('refuses approval by the author, owner or a contributor, saying who may', () => {
    expect(refusal(inReview(), approve({ ...author, roles: ['equality_lead'] }))).toMatchInlineSnapshot(
      `"ForbiddenError: amara created this assessment, so may not approve it: someone independent of the policy must."`,
    );
    expect(refusal(inReview(), approve(conflicted))).toMatchInlineSnapshot(
      `"ForbiddenError: cara contributed to this assessment, so may not approve it: someone independent of the policy must."`,
    );
  });

  it('refuses approval without the stage’s role, or for another stage', () => {
    expect(refusal(inReview(), approve(approver))).toMatchInlineSnapshot(
      `"ForbiddenError: sam may not approve at the "Equality lead review" stage: only a user with the equality lead role may."`,
    );
    expect(refusal(inReview(), approve(approver, 'senior_sign_off'))).toMatchInlineSnapshot(
      `"InvalidTransitionError: The assessment waits on the "equality_review" stage, so cannot approve "senior_sign_off"."`,
    );
  });

  it('walks the approval chain in order to sign-off and records each approval', () => {
    const snapshot = signedOff();
    expect(snapshot.status).toEqual({ state: 'signed_off' });
    expect(snapshot.assessment.review.approvals.map((a) => [a.stage, a.by, a.role, a.decision])).toEqual([
      ['equality_review', 'julie', 'equality_lead', 'approved'],
      ['senior_sign_off', 'sam', 'approver', 'approved'],
    ]);
  });

  it('blocks submit and approve while error-level findings remain, and carries the findings', () => {
    const finding: Finding = {
      ruleId: 'analysis.not-assessed',
      severity: 'error',
      message: 'Age is not assessed',
      section: 'analysis',
      path: 'analysis.age.status',
      why: 'Due regard must be paid to every characteristic.',
      hint: 'Assess age or say why it is not relevant.',
    };
    const strict = createLifecycle({ check: () => [finding, { ...finding, severity: 'warning' }] });
    let snapshot = strict.start(createEvent());
    snapshot = strict.apply(snapshot, {
      type: 'screen',
      by: author,
      at: at(1),
      decision: 'full_assessment',
      rationale: 'r',
    });
    const error = (() => {
      try {
        strict.apply(snapshot, { type: 'submit', by: author, at: at(2) });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(BlockedByFindingsError);
    expect((error as BlockedByFindingsError).findings).toEqual([finding]);
    expect((error as Error).message).toMatchInlineSnapshot(
      `"Cannot submit for review while 1 error-level finding remains: Age is not assessed"`,
    );
    // A log accepted under yesterday's rules still replays today.
    const log = [
      createEvent(),
      { type: 'screen', by: author, at: at(1), decision: 'full_assessment', rationale: 'r' } as const,
      { type: 'submit', by: author, at: at(2) } as const,
    ];
    expect(strict.replay(log).status).toEqual({ state: 'in_review', stage: 'equality_review' });
  });

  it('sends a request for changes back to the assessment, keeping comments and recording the decision', () => {
    let snapshot = lifecycle.apply(inReview(), {
      type: 'comment',
      by: equalityLead,
      at: at(3),
      comment: { id: 'c1', section: 'evidence', body: 'Which survey?' },
    });
    snapshot = lifecycle.apply(snapshot, {
      type: 'requestChanges',
      by: equalityLead,
      at: at(4),
      stage: 'equality_review',
      comment: 'Add the survey',
    });
    expect(snapshot.status).toEqual({ state: 'assessing' });
    expect(snapshot.assessment.review.comments.map((c) => c.id)).toEqual(['c1']);
    expect(snapshot.assessment.review.approvals.at(-1)?.decision).toBe('changes_requested');
  });

  it('routes a screening-out through review and back to the screened-out record', () => {
    let snapshot = lifecycle.start(createEvent());
    snapshot = lifecycle.apply(snapshot, {
      type: 'screen',
      by: author,
      at: at(1),
      decision: 'not_required',
      rationale: 'No effect on people',
    });
    expect(snapshot.status).toEqual({ state: 'screened_out' });
    snapshot = lifecycle.apply(snapshot, { type: 'submit', by: author, at: at(2) });
    expect(lifecycle.apply(snapshot, { type: 'withdrawSubmission', by: author, at: at(3) }).status).toEqual({
      state: 'screened_out',
    });
    expect(
      refusal(snapshot, { type: 'withdrawSubmission', by: equalityLead, at: at(3) }),
    ).toMatchInlineSnapshot(
      `"ForbiddenError: julie may not withdraw the submission: only its author (amara) or the policy owner may."`,
    );
  });

  it('lets a draft edit only policy, decision, screening and evidence, and an edit touch only its own section', () => {
    const draft = lifecycle.start(createEvent());
    expect(lifecycle.can(draft, editEvent(draft, 'evidence', author, 1))).toBe(true);
    expect(refusal(draft, editEvent(draft, 'monitoring', author, 1))).toMatchInlineSnapshot(
      `"InvalidTransitionError: The "monitoring" section cannot be edited while the assessment is draft; editable now: policy, decision, screening, evidence."`,
    );
    const sneaky = { ...editEvent(draft, 'policy', author, 1), section: 'decision' as const };
    expect(refusal(draft, sneaky)).toMatchInlineSnapshot(
      `"ValidationError: An edit of "decision" may only change paths under /decision; this one touches /policy/aims."`,
    );
    const blankTitle = {
      ...editEvent(draft, 'policy', author, 1),
      patches: [{ op: 'replace' as const, path: ['policy', 'title'], value: '' }],
    };
    expect(refusal(draft, blankTitle)).toMatchInlineSnapshot(`
      "ValidationError: The edit of "policy" would make the assessment invalid:
        - policy.title: give the policy a title"
    `);
    const decide: AssessmentEvent = {
      type: 'edit',
      by: author,
      at: at(1),
      section: 'screening',
      patches: [
        {
          op: 'add',
          path: ['screening', 'decision'],
          value: { kind: 'not_required', rationale: 'x', decidedBy: 'amara', decidedAt: at(1) },
        },
      ],
    };
    expect(refusal(draft, decide)).toMatchInlineSnapshot(
      `"ValidationError: The screening decision changes only through a screening event (screen), so that it is recorded with its rationale."`,
    );
    expect(refusal(draft, editEvent(draft, 'policy', viewer, 1))).toMatchInlineSnapshot(
      `"ForbiddenError: val may not change assessment eqia-1: val holds no author or contributor role (viewer)."`,
    );
  });

  it('names the state it refuses in by its label, and the stage a review waits on', () => {
    const screenedOut = lifecycle.apply(lifecycle.start(createEvent()), {
      type: 'screen',
      by: author,
      at: at(1),
      decision: 'not_required',
      rationale: 'No effect on people',
    });
    // The section is refused before what the edit changes is looked at.
    const analysis = { ...editEvent(screenedOut, 'policy', author, 2), section: 'analysis' as const };
    expect(refusal(screenedOut, analysis)).toMatchInlineSnapshot(
      `"InvalidTransitionError: The "analysis" section cannot be edited while the assessment is screened out, awaiting review; editable now: policy, decision, screening, evidence, monitoring."`,
    );
    const review = inReview();
    expect(refusal(review, editEvent(review, 'policy', author, 3))).toMatchInlineSnapshot(
      `"InvalidTransitionError: Cannot edit while the assessment is in review (stage equality_review); possible now: approve, requestChanges, comment, resolveComment, verdict, withdrawSubmission, withdraw."`,
    );
  });

  it('locks content after sign-off but keeps the action plan and monitoring moving', () => {
    const snapshot = signedOff();
    expect(refusal(snapshot, editEvent(snapshot, 'monitoring', author, 5))).toMatchInlineSnapshot(
      `"InvalidTransitionError: Cannot edit while the assessment is signed off: its content is locked, start a revision to change it."`,
    );
    let after = lifecycle.apply(snapshot, {
      type: 'updateAction',
      by: contributor,
      at: at(6),
      actionId: 'act-1',
      status: 'done',
      note: 'Live',
    });
    after = lifecycle.apply(after, {
      type: 'addMonitoringNote',
      by: author,
      at: at(7),
      note: 'Take-up is 12%',
    });
    after = lifecycle.apply(after, {
      type: 'publish',
      by: author,
      at: at(8),
      location: 'https://example.org',
      format: 'html',
    });
    expect(after.status).toEqual({ state: 'published' });
    expect(after.assessment.actions[0]?.status).toBe('done');
    expect(
      refusal(after, { type: 'reaffirm', by: author, at: at(9), nextReviewDate: '2026-03-01', note: '' }),
    ).toMatchInlineSnapshot(
      `"ForbiddenError: amara may not reaffirm the assessment: only an approver or an equality lead may."`,
    );
  });

  it('derives review due from the next review date and the clock, only once signed off', () => {
    const reaffirmed = lifecycle.apply(signedOff(), {
      type: 'reaffirm',
      by: approver,
      at: at(9),
      nextReviewDate: '2026-03-01',
      note: 'Still holds',
    });
    expect(reaffirmed.assessment.monitoring.reaffirmations).toHaveLength(1);
    expect(isReviewDue(reaffirmed, new Date('2026-02-28T23:59:00Z'))).toBe(false);
    expect(isReviewDue(reaffirmed, new Date('2026-03-01T00:00:00Z'))).toBe(true);
    const draft = lifecycle.start(createEvent());
    expect(isReviewDue({ ...draft, assessment: reaffirmed.assessment }, new Date('2027-01-01'))).toBe(false);
  });

  it('ends in withdrawn or superseded and accepts nothing after', () => {
    const withdrawn = lifecycle.apply(inReview(), {
      type: 'withdraw',
      by: author,
      at: at(5),
      reason: 'Abandoned',
    });
    expect(withdrawn.assessment.withdrawal).toEqual({ reason: 'Abandoned', by: 'amara', at: at(5) });
    expect(
      refusal(withdrawn, { type: 'withdraw', by: author, at: at(6), reason: 'Again' }),
    ).toMatchInlineSnapshot(
      `"InvalidTransitionError: Cannot withdraw while the assessment is withdrawn: it is final."`,
    );
    const superseded = lifecycle.apply(signedOff(), {
      type: 'supersede',
      by: author,
      at: at(6),
      supersededBy: 'eqia-2',
    });
    expect(superseded.status.state).toBe('superseded');
    expect(superseded.assessment.supersededBy).toBe('eqia-2');
  });

  it('says what is possible when an event does not apply in the state', () => {
    expect(
      refusal(lifecycle.start(createEvent()), { type: 'submit', by: author, at: at(1) }),
    ).toMatchInlineSnapshot(
      `"InvalidTransitionError: Cannot submit while the assessment is draft; possible now: edit, screen, withdraw."`,
    );
    expect(
      refusal(lifecycle.start(createEvent()), {
        type: 'screen',
        by: author,
        at: at(1),
        decision: 'full_assessment',
        rationale: ' ',
      }),
    ).toMatchInlineSnapshot(`
      "ValidationError: The event is not valid:
        - rationale: give the reason for the screening decision"
    `);
  });
});

describe('a lifecycle refusal in another language', () => {
  const worded = (snapshot: PersistedSnapshot, event: Parameters<typeof lifecycle.apply>[1]) => {
    try {
      lifecycle.apply(snapshot, event);
    } catch (error) {
      return error as EqiaError;
    }
    throw new Error('the event was not refused');
  };

  it('carries its message as data, which Welsh words again with the same class, code and fields', () => {
    const refused: [EqiaError, ...EqiaError[]] = [
      worded(lifecycle.start(createEvent()), { type: 'submit', by: author, at: at(1) }),
      worded(inReview(), approve(equalityLead, 'nowhere')),
      worded(signedOff(), editEvent(signedOff(), 'evidence', author, 5)),
      worded(inReview(), { type: 'resolveComment', by: equalityLead, at: at(3), commentId: 'c9' }),
    ];
    for (const error of refused) {
      expect(error.told, error.message).toBeDefined();
      expect(toldIn(error, englishLifecycleWords).message).toBe(error.message);
      const welsh = toldIn(error, welshMessages.lifecycle);
      expect(welsh).toBeInstanceOf(error.constructor);
      expect(welsh).toMatchObject({ code: error.code, name: error.name, told: error.told, cause: error });
      expect(welsh.message).not.toBe(error.message);
    }
    expect(toldIn(refused[0], welshMessages.lifecycle).message).toBe(
      'Ni ellir gwneud submit tra bo’r asesiad yn y cyflwr “Drafft”; yn bosibl nawr: edit, screen, withdraw.',
    );
    expect(toldIn(refused[1], welshMessages.lifecycle)).toMatchObject({
      state: 'in_review.equality_review',
      message:
        'Mae’r asesiad yn aros ar y cam "equality_review", felly ni ellir cymeradwyo "nowhere" (nid oes cam o’r fath yn ei gadwyn gymeradwyo).',
    });
  });

  it('leaves an error that tells nothing as it was', () => {
    const blocked = new BlockedByFindingsError('Cannot submit', []);
    expect(toldIn(blocked, welshMessages.lifecycle)).toBe(blocked);
    expect(toldIn('not an error', welshMessages.lifecycle)).toBe('not an error');
  });
});
