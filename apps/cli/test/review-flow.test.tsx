import { cafcassProfile, workedExample } from '@eqia/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReviewSteps } from '../src/review/review-steps.js';
import { keys, type Session, startSession, submittedExample } from './support/wizard.js';

const sections = 11;
let session: Session | undefined;
afterEach(() => session?.unmount());

describe('review flow', () => {
  it('shows each section with its findings, records verdicts and comments, then approves with the attestation', async () => {
    const client = await submittedExample('julie');
    session = await startSession(client, buildReviewSteps(cafcassProfile, 'julie'), workedExample.id, 10);
    const s = session;
    await s.waitFor(`Step 1 of ${sections + 1} · Policy`);
    await s.waitFor('Title: Video by default for first hearing dispute resolution appointments');
    expect(s.frame().split('\n').length).toBeLessThanOrEqual(24);
    await s.answer('Your verdict on policy', keys.up, keys.up, keys.up, keys.enter);
    await s.answer('Comment (optional)', 'Clear aims.', keys.enter);
    await s.answer('Your verdict on decision', keys.up, keys.up, keys.enter);
    await s.answer('What should change?', 'Name the chair.', keys.enter);
    for (let step = 3; step <= sections; step++)
      await s.answer(`Step ${step} of ${sections + 1}`, keys.enter);
    await s.waitFor('Attestation: I have reviewed this equality impact assessment');
    await s.answer('Approve this stage, or send it back?', keys.enter);
    await s.answer('Do you accept the attestation above?', 'y');
    await s.answer('Comment with your approval', keys.enter);
    expect(await s.finished).toBe('done');
    const { assessment, status } = s.view();
    expect(assessment.review.verdicts.map((v) => [v.section, v.verdict, v.comment])).toEqual([
      ['policy', 'acceptable', 'Clear aims.'],
      ['decision', 'improvable', 'Name the chair.'],
    ]);
    expect(status).toEqual({ state: 'in_review', stage: 'senior_sign_off' });
  });

  it('asks for a verdict again, not its comment, when its save meets a comment added elsewhere', async () => {
    const client = await submittedExample('julie');
    session = await startSession(client, buildReviewSteps(cafcassProfile, 'julie'), workedExample.id, 10);
    const s = session;
    await s.answer('Your verdict on policy', keys.up, keys.up, keys.up, keys.enter);
    await s.waitFor('Comment (optional)');
    // The same reviewer, in another window, comments before this verdict is saved.
    await client.comment(workedExample.id, { section: 'decision', body: 'And the decision date?' });
    await s.answer('Comment (optional)', 'Clear aims.', keys.enter);
    // Said by who and where, and that the screen already shows it: nothing to reload.
    await s.waitFor('changed while you were answering, by Julie Brown (Decision)');
    await s.waitFor('Your verdict on policy');
    expect(s.frame()).toContain(`Step 1 of ${sections + 1} · Policy`);
    expect(s.frame()).not.toContain('Comment (optional)');
    await s.answer('Your verdict on policy', keys.up, keys.up, keys.up, keys.enter);
    await s.answer('Comment (optional)', 'Clear aims.', keys.enter);
    await s.waitFor('Your verdict on decision');
    expect(s.view().assessment.review.verdicts.map((v) => [v.section, v.verdict, v.comment])).toEqual([
      ['policy', 'acceptable', 'Clear aims.'],
    ]);
  });

  it('cuts a long section only with a note of what is left, and Ctrl+O shows it all', async () => {
    const client = await submittedExample('julie');
    session = await startSession(client, buildReviewSteps(cafcassProfile, 'julie'), workedExample.id, 6);
    const s = session;
    await s.waitFor('more lines: Ctrl+O shows them all');
    expect(s.frame()).not.toContain('Assessed by:');
    await s.answer('Ctrl+O shows them all', keys.ctrlO);
    await s.waitFor('Ctrl+O shows less');
    expect(s.frame()).toContain('Assessed by:');
    expect(s.frame()).not.toContain('more lines');
  });

  it('requests changes with a comment, sending it back to the author', async () => {
    const client = await submittedExample('julie');
    const steps = buildReviewSteps(cafcassProfile, 'julie');
    session = await startSession(client, steps.slice(-1), workedExample.id, 10);
    const s = session;
    await s.answer('Approve this stage, or send it back?', keys.down, keys.enter);
    await s.answer('What must the author change?', 'Add the BSL data.', keys.enter);
    expect(await s.finished).toBe('done');
    expect(s.view().status.state).toBe('assessing');
  });

  it('a reviewer without the stage role is told why, and can leave the decision for later', async () => {
    const client = await submittedExample('sam');
    session = await startSession(
      client,
      buildReviewSteps(cafcassProfile, 'sam').slice(-1),
      workedExample.id,
      12,
    );
    const s = session;
    await s.answer('Approve this stage, or send it back?', keys.enter);
    await s.answer('Do you accept the attestation above?', 'y');
    await s.answer('Comment with your approval', keys.enter);
    await s.waitFor('Not saved: sam may not approve');
    await s.answer('Approve this stage, or send it back?', keys.down, keys.down, keys.enter);
    expect(await s.finished).toBe('done');
    expect(s.view().status.stage).toBe('equality_review');
  });
});
