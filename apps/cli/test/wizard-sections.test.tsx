import { cafcassProfile, defaultProfile } from '@eqia/core';
import { afterEach, describe, expect, it } from 'vitest';
import { actionsStep } from '../src/wizard/steps/actions.js';
import { engagementStep } from '../src/wizard/steps/engagement.js';
import { evidenceStep } from '../src/wizard/steps/evidence.js';
import { generalDutyStep } from '../src/wizard/steps/general-duty.js';
import { monitoringStep } from '../src/wizard/steps/monitoring.js';
import { outcomeStep } from '../src/wizard/steps/outcome.js';
import { screeningStep } from '../src/wizard/steps/screening.js';
import { keys, type Session, seededClient, startSession } from './support/wizard.js';

const assessing = {
  policy: { title: 'Video hearings', aims: 'Shorter waits', audiences: ['parents_carers_families', 'staff'] },
  screening: {
    answers: {},
    decision: { kind: 'full_assessment' as const, rationale: 'Families are affected.' },
  },
};

let session: Session | undefined;
afterEach(() => session?.unmount());

describe('wizard sections', () => {
  it('screening asks each characteristic with its prompts, then records the decision', async () => {
    session = await startSession(
      await seededClient(
        { policy: { title: 'Stationery' } },
        { profile: { ...defaultProfile, users: cafcassProfile.users } },
      ),
      [screeningStep],
    );
    const s = session;
    await s.waitFor('Screening 1 of 9: Age');
    await s.waitFor('• Does the policy treat children');
    for (let n = 1; n <= 9; n++) {
      await s.answer(`Screening ${n} of 9`, keys.down, keys.enter);
      await s.answer('Why?', `No effect ${n}`, keys.enter);
    }
    await s.answer('Nothing looks relevant: you may screen out', keys.enter);
    await s.answer('The rationale for this decision', 'Like-for-like renewal.', keys.enter);
    expect(await s.finished).toBe('done');
    expect(s.view().assessment.screening.answers.race).toEqual({ relevance: 'no', reason: 'No effect 6' });
    expect(s.view().status.state).toBe('screened_out');
  });

  it('evidence adds an item and a data gap', async () => {
    session = await startSession(await seededClient(assessing), [evidenceStep]);
    const s = session;
    // With nothing recorded yet, adding evidence is the default.
    await s.answer('Add evidence or a data gap?', keys.enter);
    await s.answer('Kind of evidence', keys.enter);
    await s.answer('Title', 'Caseload data 2025', keys.enter);
    await s.answer('Source or URL', 'https://example.org/data', keys.enter);
    await s.answer('Date of the evidence', '2025-06-30', keys.enter);
    await s.answer('Which characteristics does it cover?', keys.space, keys.enter);
    await s.answer('What does it say?', 'Most parties are aged 25 to 44.', keys.enter);
    await s.answer('How far can it be trusted?', 'One year of records only.', keys.enter);
    // From "Done": up past "Change evidence [ev-1]" to "Add a data gap".
    await s.answer('Change evidence [ev-1]', keys.up, keys.up, keys.enter);
    await s.answer('What is not known?', 'Sexual orientation of parties', keys.enter);
    await s.answer('For which characteristics?', keys.enter);
    await s.waitFor('Choose at least 1');
    await s.answer('Choose at least 1', ...Array(8).fill(keys.down), keys.space, keys.enter);
    await s.answer('1 data gap so far', keys.enter);
    expect(await s.finished).toBe('done');
    const { items, gaps } = s.view().assessment.evidence;
    expect(items).toMatchObject([
      {
        id: 'ev-1',
        kind: 'data',
        url: 'https://example.org/data',
        date: '2025-06-30',
        characteristics: ['age'],
      },
    ]);
    expect(gaps).toMatchObject([{ id: 'gap-1', characteristics: ['sexual_orientation'] }]);
  });

  it('engagement offers the profile stakeholders and pre-ticks the characteristics they speak for', async () => {
    session = await startSession(await seededClient(assessing), [engagementStep]);
    const s = session;
    // With nothing recorded, adding one (the first stakeholder) is the default, never "Done".
    await s.answer('0 engagements recorded', keys.enter);
    await s.answer('Which group affected by the policy do they belong to?', keys.enter);
    await s.answer('When', '2026-10-01', keys.enter);
    await s.answer('How', 'Workshop', keys.enter);
    await s.answer('[x] Age', keys.enter);
    await s.answer('What did they say?', 'Older children want to be heard directly.', keys.enter);
    await s.answer('What changed as a result?', 'Advisers call children first.', keys.enter);
    await s.answer('1 engagement recorded', keys.enter);
    expect(await s.finished).toBe('done');
    expect(s.view().assessment.engagement).toMatchObject([
      {
        stakeholder: 'fjypb',
        who: "Family Justice Young People's Board",
        audience: 'parents_carers_families',
        characteristics: ['age', 'disability', 'race', 'sex', 'language'],
      },
    ]);
  });

  it('general duty asks a statement for each of the three aims', async () => {
    session = await startSession(await seededClient(assessing), [generalDutyStep]);
    const s = session;
    await s.answer('aim (a)', 'Opt-out removes indirect disadvantage.', keys.enter);
    await s.answer('aim (b)', 'Earlier hearings help children.', keys.enter);
    await s.answer('aim (c)', 'Hearing children builds trust.', keys.enter);
    expect(await s.finished).toBe('done');
    expect(s.view().assessment.generalDuty.fosterGoodRelations).toBe('Hearing children builds trust.');
  });

  it('outcome "continue" asks for the objective justification', async () => {
    session = await startSession(await seededClient(assessing), [outcomeStep]);
    const s = session;
    await s.answer('Outcome', keys.down, keys.down, keys.enter);
    await s.answer('Why this outcome?', 'The aim outweighs the residual impact.', keys.enter);
    await s.answer('legitimate aim', 'Timely decisions for children.', keys.enter);
    await s.answer('alternatives considered', 'Hybrid listing: slower.', keys.enter);
    await s.answer('proportionate', 'Opt-out keeps in-person for those who need it.', keys.enter);
    await s.answer('plain-English summary', 'Video by default, in person on request.', keys.enter);
    expect(await s.finished).toBe('done');
    expect(s.view().assessment.outcome).toMatchObject({
      kind: 'continue',
      legitimateAim: 'Timely decisions for children.',
    });
    // The report opens with the summary.
    expect(s.view().assessment.policy.summary).toBe('Video by default, in person on request.');
  });

  it('actions get an owner, a due date and a measure, and link back to the gap they fill', async () => {
    const client = await seededClient({
      ...assessing,
      evidence: {
        items: [],
        gaps: [
          { id: 'gap-1', description: 'No data on BSL need', characteristics: ['disability'], actionIds: [] },
        ],
      },
    });
    session = await startSession(client, [actionsStep]);
    const s = session;
    await s.answer('Add an action?', keys.enter);
    await s.answer('What will be done?', 'Record BSL need', keys.enter);
    await s.answer('Who owns it?', 'Analytics team', keys.enter);
    await s.answer('Due date', '2027-03-31', keys.enter);
    await s.answer('How will you know it worked?', 'Field live', keys.enter);
    await s.answer('Which data gaps does it fill?', keys.space, keys.enter);
    // Every gap has its action now, so "Done" is the default.
    await s.answer('0 data gaps still without one', keys.enter);
    expect(await s.finished).toBe('done');
    const { actions, evidence } = s.view().assessment;
    expect(actions).toMatchObject([
      { id: 'act-1', owner: 'Analytics team', dueDate: '2027-03-31', gapIds: ['gap-1'] },
    ]);
    expect(evidence.gaps[0]?.actionIds).toEqual(['act-1']);
  });

  it('monitoring suggests a review date within the profile interval', async () => {
    session = await startSession(await seededClient(assessing), [monitoringStep]);
    const s = session;
    await s.answer('How will the policy be monitored', 'Quarterly report to the board', keys.enter);
    await s.answer('› 2027-11-22', keys.enter);
    expect(await s.finished).toBe('done');
    expect(s.view().assessment.monitoring).toMatchObject({
      arrangements: 'Quarterly report to the board',
      nextReviewDate: '2027-11-22',
    });
  });
});

/** One Enter on an empty list adds an item: nothing recorded is never skipped by accident. */
describe('a list with nothing recorded defaults to adding an item', () => {
  it.each([
    { list: 'engagement', step: engagementStep, menu: '0 engagements recorded', form: 'Which group' },
    { list: 'evidence', step: evidenceStep, menu: 'Add evidence or a data gap?', form: 'Kind of evidence' },
    { list: 'actions', step: actionsStep, menu: 'Add an action?', form: 'What will be done?' },
  ])('$list', async ({ step, menu, form }) => {
    session = await startSession(await seededClient(assessing), [step]);
    await session.answer(menu, keys.enter);
    await session.waitFor(form);
    expect(session.frame()).not.toContain(menu);
  });

  it('once an item is recorded, Enter on the menu is "Done"', async () => {
    session = await startSession(
      await seededClient({
        ...assessing,
        engagement: [
          {
            id: 'eng-1',
            who: 'Family Forum',
            method: 'Workshop',
            characteristics: ['age'],
            whatTheySaid: 'Keep phone lines short.',
            whatChanged: 'Call-backs within a day.',
          },
        ],
      }),
      [engagementStep],
    );
    await session.answer('1 engagement recorded', keys.enter);
    expect(await session.finished).toBe('done');
  });
});
