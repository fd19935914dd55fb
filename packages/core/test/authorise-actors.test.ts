import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type AssessmentEvent,
  type AssessmentEventType,
  authorise,
  createLifecycle,
} from '../src/index.js';
import { at, createEvent, editEvent, eventsFrom, startingAssessment } from './fixtures/lifecycle.js';

/**
 * Everyone the policy tells apart, each on their own: the people the assessment lists (its author, the
 * owner who is not its author, a contributor, a listed person who only views, an editor) and, listed
 * nowhere, a holder of each role and someone eqia does not know (no roles).
 */
const actors = {
  author: { id: 'amara', roles: ['author'] },
  owner: { id: 'olu', roles: ['author'] },
  contributor: { id: 'ben', roles: ['contributor'] },
  listedViewer: { id: 'lou', roles: ['viewer'] },
  /** An admin and equality lead who edits the evidence: may write, may not judge. */
  editor: { id: 'ada', roles: ['admin', 'equality_lead'] },
  authorRole: { id: 'nia', roles: ['author'] },
  contributorRole: { id: 'cole', roles: ['contributor'] },
  equalityLead: { id: 'julie', roles: ['equality_lead'] },
  approver: { id: 'sam', roles: ['approver'] },
  admin: { id: 'ops', roles: ['admin'] },
  viewer: { id: 'val', roles: ['viewer'] },
  unknown: { id: 'zed', roles: [] },
} satisfies Record<string, Actor>;

const lifecycle = createLifecycle();

/** The same journey as the fixtures, with an owner who is not the author and a listed viewer. */
function journey() {
  const assessment = produce(startingAssessment(), (draft) => {
    draft.policy.owner = actors.owner.id;
    draft.policy.contributors = [actors.contributor.id, actors.listedViewer.id];
  });
  const { author, editor, equalityLead, approver } = actors;
  let snapshot = lifecycle.start({ ...createEvent(), assessment });
  const step = (event: AssessmentEvent) => {
    snapshot = lifecycle.apply(snapshot, event);
    return snapshot;
  };
  step({ type: 'screen', by: author, at: at(1), decision: 'full_assessment', rationale: 'Affects families' });
  const assessing = step(editEvent(snapshot, 'evidence', editor, 2));
  step({ type: 'submit', by: author, at: at(3) });
  const inReview = step({
    type: 'comment',
    by: equalityLead,
    at: at(4),
    comment: { id: 'c1', section: 'evidence', body: 'Which survey?' },
  });
  const stage = (id: string) =>
    ({ type: 'approve', at: at(5), stage: id, attestation: 'I confirm' }) as const;
  step({ ...stage('equality_review'), by: equalityLead, comment: '' });
  const signedOff = step({ ...stage('senior_sign_off'), by: approver, comment: '' });
  return { assessing, inReview, signedOff };
}

type Journey = ReturnType<typeof journey>;

/** Where each event is sent: a state in which the lifecycle takes it, so only who sends it decides. */
const sentIn: Record<Exclude<AssessmentEventType, 'create'>, keyof Journey> = {
  edit: 'assessing',
  screen: 'assessing',
  submit: 'assessing',
  withdraw: 'assessing',
  withdrawSubmission: 'inReview',
  comment: 'inReview',
  resolveComment: 'inReview',
  verdict: 'inReview',
  approve: 'inReview',
  requestChanges: 'inReview',
  publish: 'signedOff',
  updateAction: 'signedOff',
  addMonitoringNote: 'signedOff',
  reaffirm: 'signedOff',
  startRevision: 'signedOff',
  supersede: 'signedOff',
};

/** What the lifecycle says when `by` sends an event of this type: "ok" or the refusal's class. */
function answer(states: Journey, type: AssessmentEventType, by: Actor): string {
  try {
    if (type === 'create') lifecycle.start({ ...createEvent(), by });
    else {
      const snapshot = states[sentIn[type]];
      const event = eventsFrom(snapshot, by, 6).find((candidate) => candidate.type === type)!;
      lifecycle.apply(snapshot, event);
    }
    return 'ok';
  } catch (error) {
    return (error as Error).name;
  }
}

const types: AssessmentEventType[] = ['create', ...(Object.keys(sentIn) as (keyof typeof sentIn)[])];

describe('who may send each event, through the lifecycle', () => {
  // The journey is played in each test, not when the file loads, so mutation testing sees which tests
  // run which rule.
  it('lets each event through for exactly the actors its rule names', () => {
    const states = journey();
    const table = types.map((type) => {
      const allowed = Object.entries(actors).filter(([, by]) => answer(states, type, by) === 'ok');
      return `${type}: ${allowed.map(([name]) => name).join(' ') || 'nobody'}`;
    });
    expect(table).toMatchInlineSnapshot(`
      [
        "create: author owner contributor editor authorRole contributorRole admin",
        "edit: author owner contributor editor admin",
        "screen: author owner contributor editor admin",
        "submit: author owner contributor editor admin",
        "withdraw: author owner contributor editor admin",
        "withdrawSubmission: author owner",
        "comment: author owner contributor editor authorRole contributorRole equalityLead approver admin",
        "resolveComment: author owner contributor editor authorRole contributorRole equalityLead approver admin",
        "verdict: equalityLead approver",
        "approve: equalityLead",
        "requestChanges: equalityLead",
        "publish: author owner contributor editor equalityLead admin",
        "updateAction: author owner contributor editor equalityLead admin",
        "addMonitoringNote: author owner contributor editor equalityLead admin",
        "reaffirm: editor equalityLead approver",
        "startRevision: author owner contributor editor authorRole contributorRole admin",
        "supersede: author owner contributor editor authorRole contributorRole equalityLead approver admin",
      ]
    `);
  });

  it('refuses everyone else as forbidden, never as a broken transition', () => {
    const states = journey();
    const refusals = new Set(
      types
        .flatMap((type) => Object.values(actors).map((by) => answer(states, type, by)))
        .filter((a) => a !== 'ok'),
    );
    expect([...refusals]).toEqual(['ForbiddenError']);
  });
});

describe('the reviewers of an approval chain', () => {
  // A chain whose second stage is an admin's: admins then review, and approve only at their own stage.
  const send = (type: 'verdict' | 'reaffirm' | 'approve', by: Actor) => {
    const { inReview } = journey();
    const chain = produce(inReview.assessment, (draft) => {
      draft.approvalChain[1]!.role = 'admin';
    });
    return authorise(by, chain, eventsFrom(inReview, by, 7).find((event) => event.type === type)!)?.message;
  };

  it('counts any role of the chain as a reviewer', () => {
    expect(send('verdict', actors.admin)).toBeUndefined();
    expect(send('reaffirm', actors.admin)).toBeUndefined();
    expect(send('verdict', actors.approver)).toBeUndefined();
    expect(send('verdict', actors.contributorRole)).toMatchInlineSnapshot(
      `"cole may not give section verdicts: only reviewers (an equality lead, an approver or a role of the approval chain) may."`,
    );
    expect(send('reaffirm', actors.authorRole)).toMatchInlineSnapshot(
      `"nia may not reaffirm the assessment: only an approver or an equality lead may."`,
    );
  });

  it('counts equality leads and approvers as reviewers whatever roles the chain names', () => {
    const { inReview } = journey();
    const adminsOnly = produce(inReview.assessment, (draft) => {
      for (const stage of draft.approvalChain) stage.role = 'admin';
    });
    for (const by of [actors.equalityLead, actors.approver]) {
      for (const type of ['verdict', 'reaffirm'] as const) {
        const event = eventsFrom(inReview, by, 7).find((candidate) => candidate.type === type)!;
        expect(authorise(by, adminsOnly, event), `${by.id} ${type}`).toBeUndefined();
      }
    }
  });

  it('still asks for the stage’s own role to approve there', () => {
    expect(send('approve', actors.admin)).toMatchInlineSnapshot(
      `"ops may not approve at the "Equality lead review" stage: only a user with the equality lead role may."`,
    );
  });
});
