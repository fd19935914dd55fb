import { describe, expect, it } from 'vitest';
import type { Actor, ObjectiveEvent } from '../src/index.js';
import { authoriseObjective } from '../src/objectives.js';
import { ObjectiveLog } from './fixtures/objectives.js';

/**
 * Everyone the objectives policy tells apart: the equality lead who set the objective up, its owner (an
 * approver), the Board's chair, another equality lead, an admin, an author, a viewer and someone eqia
 * does not know. The objective is made in each test, never when the file loads, so mutation testing
 * sees which test runs which rule.
 */
const actors = {
  creator: { id: 'julie', roles: ['equality_lead'] },
  owner: { id: 'sam', roles: ['approver'] },
  board: { id: 'chair', roles: ['approver'] },
  otherLead: { id: 'nia', roles: ['equality_lead'] },
  admin: { id: 'ops', roles: ['admin'] },
  author: { id: 'amara', roles: ['author'] },
  viewer: { id: 'val', roles: ['viewer'] },
  unknown: { id: 'zed', roles: [] },
} satisfies Record<string, Actor>;

const events = {
  create: { type: 'createObjective' },
  edit: { type: 'editObjective' },
  submit: { type: 'submitObjective' },
  progress: { type: 'recordProgress' },
  close: { type: 'closeObjective' },
  approve: { type: 'approveObjective', stage: 'senior_sign_off' },
  requestChanges: { type: 'requestObjectiveChanges', stage: 'senior_sign_off' },
  approveUnknownStage: { type: 'approveObjective', stage: 'nowhere' },
} as unknown as Record<string, ObjectiveEvent>;

describe('who may do what to an equality objective', () => {
  // An unknown stage is the objective's lifecycle to refuse (it names the stage waited on): here only the
  // people who set the objective up or own it are refused.
  it('lets each event through for exactly the actors its rule names', () => {
    const log = new ObjectiveLog();
    const objective = log.create();
    const table = Object.entries(events).map(([name, event]) => {
      const allowed = Object.entries(actors)
        .filter(([, by]) => authoriseObjective(by, objective, event) === undefined)
        .map(([who]) => who);
      return `${name}: ${allowed.join(' ') || 'nobody'}`;
    });
    expect(table).toMatchInlineSnapshot(`
      [
        "create: creator otherLead admin",
        "edit: creator owner otherLead admin",
        "submit: creator owner otherLead admin",
        "progress: creator owner otherLead admin",
        "close: creator owner otherLead admin",
        "approve: board",
        "requestChanges: board",
        "approveUnknownStage: board otherLead admin author viewer unknown",
      ]
    `);
  });

  it('asks for the set-up roles when there is no objective yet, whatever the event', () => {
    const allowed = Object.entries(actors)
      .filter(([, by]) => authoriseObjective(by, undefined, events.edit!) === undefined)
      .map(([who]) => who);
    expect(allowed).toEqual(['creator', 'otherLead', 'admin']);
  });

  it('says why it refuses', () => {
    const objective = new ObjectiveLog().create();
    const { author, board, creator, owner, admin } = actors;
    expect(
      [
        authoriseObjective(author, undefined, events.create!),
        authoriseObjective(author, objective, events.edit!),
        authoriseObjective(admin, objective, events.approve!),
        authoriseObjective({ ...creator, roles: ['approver'] }, objective, events.approve!),
        authoriseObjective(owner, objective, events.requestChanges!),
      ].map((refusal) => refusal?.message),
    ).toMatchInlineSnapshot(`
      [
        "amara may not set up equality objectives: only an equality lead or an admin may.",
        "amara may not change objective obj-data: only its owner (sam), an equality lead or an admin may.",
        "ops may not decide the "Senior sign-off" stage of objective obj-data: it needs the approver role.",
        "julie may not approve objective obj-data: they set it up or own it, and nobody approves their own objective.",
        "sam may not approve objective obj-data: they set it up or own it, and nobody approves their own objective.",
      ]
    `);
    expect(authoriseObjective(board, objective, events.approve!)).toBeUndefined();
  });
});
