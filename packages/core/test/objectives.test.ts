import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordEvent } from '../src/index.js';
import { foldObjectiveLog, objectiveAttention, objectiveSummaryOf } from '../src/objectives.js';
import {
  author,
  board,
  boardChain,
  content,
  lead,
  ObjectiveLog,
  owner,
  viewer,
} from './fixtures/objectives.js';

const progress = (overrides: Record<string, unknown> = {}) => ({
  type: 'recordProgress',
  update: {
    id: 'q1',
    asOf: '2026-06-30',
    by: 'sam',
    rag: 'amber',
    narrative: 'Fields designed; rollout slipped a month.',
    values: [{ measure: 'ethnicity-recorded', value: 70 }],
    milestonesDone: [],
    ...overrides,
  },
});

describe('an objective through its lifecycle', () => {
  it('is a draft, then awaits the Board, then is approved and in progress once progress is recorded', () => {
    const log = new ObjectiveLog();
    expect(log.create().status).toBe('draft');
    expect(log.apply(lead, { type: 'submitObjective' }).status).toBe('awaiting_approval');
    expect(log.apply(board, { type: 'approveObjective', stage: 'senior_sign_off' }).status).toBe('approved');
    const after = log.apply(owner, progress({ milestonesDone: ['m1'] }));
    expect(after.status).toBe('in_progress');
    expect(after.milestones[0]?.doneOn).toBe('2026-06-30');
    expect(log.apply(owner, { type: 'closeObjective', outcome: 'met', note: 'Target reached.' }).status).toBe(
      'met',
    );
  });

  it('goes back to draft when the Board asks for changes', () => {
    const log = new ObjectiveLog();
    log.create();
    log.apply(lead, { type: 'submitObjective' });
    const back = log.apply(board, {
      type: 'requestObjectiveChanges',
      stage: 'senior_sign_off',
      reason: 'Add a target.',
    });
    expect(back.status).toBe('draft');
  });

  it('lets only the plan change once approved', () => {
    const log = new ObjectiveLog();
    log.approved();
    const milestones = [
      { id: 'm2', description: 'Training for all staff', owner: 'HR', dueDate: '2027-03-31' },
    ];
    expect(log.apply(owner, { type: 'editObjective', changes: { milestones } }).milestones).toHaveLength(1);
    expect(() =>
      log.apply(owner, { type: 'editObjective', changes: { statement: 'Something else.' } }),
    ).toThrow(/only its milestones and actions may change now, not statement/);
  });

  it('refuses progress against a measure it does not have', () => {
    const log = new ObjectiveLog();
    log.approved();
    expect(() => log.apply(owner, progress({ values: [{ measure: 'nope', value: 1 }] }))).toThrow(
      /it has no measure "nope"/,
    );
  });

  it('refuses events in the wrong state, naming the state in words', () => {
    const log = new ObjectiveLog();
    log.create();
    expect(() => log.apply(owner, progress())).toThrow(
      /recordProgress is not possible on objective obj-data: it is draft/,
    );
  });
});

describe('who may do what to an objective', () => {
  it('is set up by an equality lead or an admin only', () => {
    const create = { type: 'createObjective', id: 'obj-x', content: content(), approvalChain: boardChain };
    expect(() => new ObjectiveLog().apply(author, create)).toThrow(
      /amara may not set up equality objectives: only an equality lead or an admin may/,
    );
    expect(new ObjectiveLog().apply({ id: 'ops', roles: ['admin'] }, create).status).toBe('draft');
  });

  it('is approved by the stage role, never by its owner or the person who set it up', () => {
    const log = new ObjectiveLog();
    log.create();
    log.apply(lead, { type: 'submitObjective' });
    expect(() => log.apply(owner, { type: 'approveObjective', stage: 'senior_sign_off' })).toThrow(
      /nobody approves their own objective/,
    );
    expect(() => log.apply(lead, { type: 'approveObjective', stage: 'senior_sign_off' })).toThrow(
      /needs the approver role/,
    );
  });

  it('takes progress from its owner, an equality lead or an admin, not a viewer or another author', () => {
    const log = new ObjectiveLog();
    log.approved();
    for (const actor of [viewer, author])
      expect(() => log.apply(actor, progress())).toThrow(
        /only its owner \(sam\), an equality lead or an admin may/,
      );
    expect(log.apply(lead, progress()).status).toBe('in_progress');
  });
});

describe('the objective log', () => {
  it('folds into the objective the events produced, judging each event again', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('amber', 'green', 'red'), { maxLength: 6 }), (rags) => {
        const log = new ObjectiveLog();
        log.approved();
        for (const [index, rag] of rags.entries()) log.apply(owner, progress({ id: `u${index}`, rag }));
        expect(foldObjectiveLog(log.entries)).toEqual(log.objective);
      }),
    );
  });

  it('is refused when an entry was edited', () => {
    const log = new ObjectiveLog();
    log.approved();
    const edited = log.entries.map((entry, index) =>
      index === 2 ? { ...entry, event: { ...(entry.event as object), stage: 'equality_review' } } : entry,
    );
    expect(() => foldObjectiveLog(edited)).toThrow(/entry 3 does not match its hash/);
  });

  it('is refused when an event nobody could have made was chained in around eqia', () => {
    const log = new ObjectiveLog();
    log.create();
    log.entries.push(
      recordEvent(log.entries.at(-1), {
        type: 'submitObjective',
        by: viewer,
        at: '2026-04-02T09:00:00.000Z',
      }),
    );
    expect(() => foldObjectiveLog(log.entries)).toThrow(
      /entry 2 would be refused today: val may not change objective/,
    );
  });
});

describe('what needs attention', () => {
  it('warns of a period longer than four years', () => {
    const log = new ObjectiveLog();
    const objective = log.create({ period: { start: '2026-04-01', end: '2030-04-02' } });
    expect(objectiveAttention(objective, '2026-05-01').map((a) => a.kind)).toEqual(['period_too_long']);
  });

  it('asks for an update every three months and for a review once the period has ended', () => {
    const log = new ObjectiveLog();
    log.approved();
    const objective = log.apply(owner, progress());
    expect(objectiveAttention(objective, '2026-09-30')).toEqual([]);
    expect(objectiveAttention(objective, '2026-10-01').map((a) => a.kind)).toEqual([
      'update_due',
      'milestone_overdue',
    ]);
    expect(objectiveAttention(objective, '2029-04-01').map((a) => a.kind)).toContain('review_due');
  });

  it('summarises the latest update for a list', () => {
    const log = new ObjectiveLog();
    log.approved();
    log.apply(owner, progress({ id: 'q2', asOf: '2026-09-30', rag: 'green' }));
    const summary = objectiveSummaryOf(
      log.apply(owner, progress({ id: 'q1', asOf: '2026-06-30', rag: 'red' })),
      5,
    );
    expect(summary).toMatchObject({
      status: 'in_progress',
      rag: 'green',
      lastUpdateOn: '2026-09-30',
      version: 5,
    });
  });
});
