import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  type AssessmentEventType,
  authorise,
  mayCreate,
  mayManageProfile,
  type PersistedSnapshot,
  SNAPSHOT_VERSION,
} from '../src/index.js';
import { eventsFrom, startingAssessment } from './fixtures/lifecycle.js';

/** Everyone a rule tells apart; the creator is not the owner, so each of the two counts on its own. */
const people = {
  viewer: { id: 'val', roles: ['viewer'] },
  creator: { id: 'amara', roles: ['author'] },
  owner: { id: 'olu', roles: ['author'] },
  contributor: { id: 'ben', roles: ['contributor'] },
  outsider: { id: 'nia', roles: ['author'] },
  lead: { id: 'julie', roles: ['equality_lead'] },
  approver: { id: 'sam', roles: ['approver'] },
  /** An admin and equality lead who edited the content: may fix it, may not judge it. */
  editor: { id: 'ada', roles: ['admin', 'equality_lead'] },
  admin: { id: 'ops', roles: ['admin'] },
} satisfies Record<string, Actor>;

const assessment = produce(startingAssessment(), (draft) => {
  draft.policy.owner = people.owner.id;
  draft.policy.contributors = [people.contributor.id];
  draft.editors = [people.editor.id];
});
const snapshot: PersistedSnapshot = {
  snapshotVersion: SNAPSHOT_VERSION,
  status: { state: 'in_review', stage: 'equality_review' },
  assessment,
};

/** One event of each type by `by` (approve and requestChanges at the equality lead's stage). */
function eventOf(type: AssessmentEventType, by: Actor) {
  if (type === 'create') return { type, by, at: assessment.createdAt, assessment } as const;
  const event = eventsFrom(snapshot, by, 1).find((candidate) => candidate.type === type);
  if (!event) throw new Error(`no ${type} event in the fixtures`);
  return event;
}

const refusal = (by: Actor, type: AssessmentEventType) =>
  authorise(by, assessment, eventOf(type, by))?.message;

/** For each event type, who may send it. */
function whoMay(): string {
  const types = ['create', ...new Set(eventsFrom(snapshot, people.creator, 1).map((event) => event.type))];
  return types
    .map((type) => {
      const allowed = Object.entries(people).filter(([, by]) => !refusal(by, type as AssessmentEventType));
      return `${type}: ${allowed.map(([name]) => name).join(' ') || 'nobody'}`;
    })
    .join('\n');
}

describe('authorise', () => {
  it('lets each event through for exactly the people its rule names', () => {
    expect(whoMay()).toMatchInlineSnapshot(`
      "create: creator owner contributor outsider editor admin
      edit: creator owner contributor editor admin
      screen: creator owner contributor editor admin
      submit: creator owner contributor editor admin
      withdrawSubmission: creator owner
      comment: creator owner contributor outsider lead approver editor admin
      resolveComment: creator owner contributor outsider lead approver editor admin
      verdict: lead approver
      approve: lead
      requestChanges: lead
      publish: creator owner contributor lead editor admin
      reaffirm: lead approver editor
      startRevision: creator owner contributor outsider editor admin
      supersede: creator owner contributor outsider lead approver editor admin
      updateAction: creator owner contributor lead editor admin
      addMonitoringNote: creator owner contributor lead editor admin
      withdraw: creator owner contributor editor admin"
    `);
  });

  it('says who may, for each rule', () => {
    const { viewer, creator, owner, contributor, outsider, lead, approver, editor } = people;
    expect([
      refusal(viewer, 'create'),
      refusal(viewer, 'edit'),
      refusal(outsider, 'edit'),
      refusal(lead, 'withdrawSubmission'),
      refusal(approver, 'publish'),
      refusal(viewer, 'comment'),
      refusal(creator, 'verdict'),
      refusal(approver, 'approve'),
      refusal(editor, 'approve'),
      refusal(editor, 'verdict'),
      refusal(editor, 'requestChanges'),
      refusal({ ...creator, roles: ['author', 'equality_lead'] }, 'approve'),
      refusal({ ...owner, roles: ['author', 'equality_lead'] }, 'approve'),
      refusal({ ...contributor, roles: ['contributor', 'equality_lead'] }, 'requestChanges'),
      refusal(contributor, 'reaffirm'),
    ]).toMatchInlineSnapshot(`
      [
        "val (viewer) may not create assessments: only authors, contributors and admins may. An admin can give them the author role.",
        "val may not change assessment eqia-1: val holds no author or contributor role (viewer).",
        "nia may not change assessment eqia-1: nia is not its author, owner or a listed contributor: ask amara to add them to policy.contributors.",
        "julie may not withdraw the submission: only its author (amara) or the policy owner may.",
        "sam may not publish assessment eqia-1: only its author, owner or listed contributors (with the author or contributor role), an equality lead or an admin may.",
        "val is a viewer and may not comment: ask an author, reviewer or admin.",
        "amara may not give section verdicts: only reviewers (an equality lead, an approver or a role of the approval chain) may.",
        "sam may not approve at the "Equality lead review" stage: only a user with the equality lead role may.",
        "ada edited assessment eqia-1, so may not approve it: someone independent of its content must.",
        "ada edited assessment eqia-1, so may not give verdicts on it: someone independent of its content must.",
        "ada edited assessment eqia-1, so may not request changes on it: someone independent of its content must.",
        "amara created this assessment, so may not approve it: someone independent of the policy must.",
        "olu owns this assessment, so may not approve it: someone independent of the policy must.",
        "ben contributed to this assessment, so may not request changes on it: someone independent of the policy must.",
        "ben may not reaffirm the assessment: only an approver or an equality lead may.",
      ]
    `);
  });

  it('judges from the roles and the assessment alone', () => {
    // The creator who is not the owner still counts as the author: they may write and withdraw a submission.
    expect(refusal(people.creator, 'withdrawSubmission')).toBeUndefined();
    expect(refusal(people.creator, 'screen')).toBeUndefined();
    // Equality leads keep the plan and publish, whoever wrote the assessment.
    for (const type of ['publish', 'updateAction', 'addMonitoringNote'] as const) {
      expect(refusal(people.lead, type)).toBeUndefined();
    }
    // Without the edit on the record, the same person may approve.
    const unedited = { ...assessment, editors: [] };
    const approve = eventOf('approve', people.editor);
    expect(authorise(people.editor, unedited, approve)).toBeUndefined();
  });

  it('lets authors, contributors and admins create, and only admins manage the profile', () => {
    expect(mayCreate(people.contributor)).toBeUndefined();
    expect(mayCreate(people.lead)?.message).toMatchInlineSnapshot(
      `"julie (equality lead) may not create assessments: only authors, contributors and admins may. An admin can give them the author role."`,
    );
    expect(mayManageProfile(people.admin, 'changeProfile')).toBeUndefined();
    expect(mayManageProfile(people.lead, 'importAssessments')?.message).toMatchInlineSnapshot(
      `"julie may not import assessments: only an admin may. Ask an admin of the profile."`,
    );
  });
});
