import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { parseExportDocument, serializeExport, toExportDocument } from '../src/exchange.js';
import {
  type Actor,
  type Assessment,
  type AssessmentEvent,
  createLifecycle,
  ForbiddenError,
  type RecordedEvent,
  recordEvent,
} from '../src/index.js';
import { at, createEvent, editEvent, people, startingAssessment } from './fixtures/lifecycle.js';

const lifecycle = createLifecycle();
const { author, equalityLead, approver, viewer } = people;
/** An admin who is also an equality lead: may fix the content, and then may not review it. */
const ada: Actor = { id: 'ada', roles: ['admin', 'equality_lead'] };

const screen = (by: Actor, minute = 1): AssessmentEvent => ({
  type: 'screen',
  by,
  at: at(minute),
  decision: 'full_assessment',
  rationale: 'Relevant to age',
});
const submit = (by: Actor, minute: number): AssessmentEvent => ({ type: 'submit', by, at: at(minute) });
const approve = (by: Actor, minute: number, stage = 'equality_review'): AssessmentEvent => ({
  type: 'approve',
  by,
  at: at(minute),
  stage,
  attestation: 'I confirm',
  comment: '',
});

/** The snapshot after the create event and then these. */
function play(events: AssessmentEvent[]) {
  let snapshot = lifecycle.start(createEvent());
  for (const event of events) snapshot = lifecycle.apply(snapshot, event);
  return snapshot;
}

const message = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  throw new Error('nothing was refused');
};

describe('the lifecycle authorises every event', () => {
  it('keeps the editors on the assessment and refuses an editor’s approval, live and in replay', () => {
    let snapshot = play([screen(author)]);
    const edit = editEvent(snapshot, 'evidence', ada, 2);
    snapshot = lifecycle.apply(snapshot, edit);
    snapshot = lifecycle.apply(snapshot, submit(author, 3));
    expect(snapshot.assessment.editors).toEqual(['ada']);
    expect(message(() => lifecycle.apply(snapshot, approve(ada, 4)))).toMatchInlineSnapshot(
      `"ForbiddenError: ada edited assessment eqia-1, so may not approve it: someone independent of its content must."`,
    );
    expect(lifecycle.apply(snapshot, approve(equalityLead, 4)).status.stage).toBe('senior_sign_off');
    const forged = [createEvent(), screen(author), edit, submit(author, 3), approve(ada, 4)];
    expect(message(() => lifecycle.replay(forged))).toMatchInlineSnapshot(
      `"ValidationError: Log entry 5 (approve) cannot be replayed: ada edited assessment eqia-1, so may not approve it: someone independent of its content must."`,
    );
  });

  it('refuses a log with a forbidden event, so an import of it is refused too', () => {
    // An equality lead who is not listed on the assessment may not make its screening decision.
    const log = [createEvent(), screen(equalityLead)];
    expect(message(() => lifecycle.replay(log))).toMatchInlineSnapshot(
      `"ValidationError: Log entry 2 (screen) cannot be replayed: julie may not change assessment eqia-1: julie holds no author or contributor role (equality lead)."`,
    );
    const cause = (() => {
      try {
        lifecycle.replay(log);
      } catch (error) {
        return (error as Error).cause;
      }
    })();
    expect(cause).toBeInstanceOf(ForbiddenError);

    const entries: RecordedEvent[] = [];
    for (const event of log) entries.push(recordEvent(entries.at(-1), event));
    const allowed = play([screen(author)]);
    const text = serializeExport(toExportDocument(allowed, entries));
    expect(message(() => parseExportDocument(text))).toMatchInlineSnapshot(
      `"ValidationError: Log entry 2 (screen) cannot be replayed: julie may not change assessment eqia-1: julie holds no author or contributor role (equality lead)."`,
    );
  });

  it('starts a log only for someone who may create, and with no editors yet', () => {
    expect(message(() => lifecycle.start({ ...createEvent(), by: viewer }))).toMatchInlineSnapshot(
      `"ForbiddenError: val (viewer) may not create assessments: only authors, contributors and admins may. An admin can give them the author role."`,
    );
    const listed = produce(startingAssessment(), (draft) => {
      draft.editors = ['ben'];
    });
    expect(message(() => lifecycle.start({ ...createEvent(), assessment: listed }))).toMatchInlineSnapshot(
      `"ValidationError: A new assessment has no editors yet, but this one lists ben: the lifecycle adds each editor as they record an edit."`,
    );
  });

  it('refuses to sign off a screening-out under a chain without a senior stage', () => {
    const juniorChain = produce(startingAssessment(), (draft) => {
      for (const stage of draft.approvalChain) stage.senior = false;
    });
    const snapshot = screenedOutPastFirstStage(juniorChain);
    expect(
      message(() => lifecycle.apply(snapshot, approve(approver, 4, 'senior_sign_off'))),
    ).toMatchInlineSnapshot(
      `"ForbiddenError: A screening-out needs a senior stage’s approval, and this assessment’s approval chain has none: withdraw it and start again under a profile with a senior stage."`,
    );
    // The same chain signs off a full assessment.
    let full = lifecycle.start({ ...createEvent(), assessment: juniorChain });
    for (const event of [screen(author), submit(author, 2), approve(equalityLead, 3)]) {
      full = lifecycle.apply(full, event);
    }
    expect(lifecycle.apply(full, approve(approver, 4, 'senior_sign_off')).status.state).toBe('signed_off');
  });

  it('refuses it only at the last stage of a longer chain without a senior stage', () => {
    const threeStages = produce(startingAssessment(), (draft) => {
      const [first, last] = draft.approvalChain;
      draft.approvalChain = [first!, { ...first!, id: 'panel', label: 'Panel' }, last!];
      for (const stage of draft.approvalChain) stage.senior = false;
    });
    const snapshot = lifecycle.apply(
      screenedOutPastFirstStage(threeStages),
      approve({ id: 'eve', roles: ['equality_lead'] }, 4, 'panel'),
    );
    expect(snapshot.status).toEqual({ state: 'in_review', stage: 'senior_sign_off' });
    expect(() => lifecycle.apply(snapshot, approve(approver, 5, 'senior_sign_off'))).toThrow(
      /needs a senior stage/,
    );
  });
});

/** An assessment screened out, submitted and approved at its first stage by the equality lead. */
function screenedOutPastFirstStage(assessment: Assessment) {
  let snapshot = lifecycle.start({ ...createEvent(), assessment });
  snapshot = lifecycle.apply(snapshot, {
    type: 'screen',
    by: author,
    at: at(1),
    decision: 'not_required',
    rationale: 'Renames a team only',
  });
  snapshot = lifecycle.apply(snapshot, submit(author, 2));
  snapshot = lifecycle.apply(snapshot, approve(equalityLead, 3));
  return snapshot;
}
