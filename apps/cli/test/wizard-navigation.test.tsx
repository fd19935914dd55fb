import { cafcassProfile } from '@eqia/core';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSteps } from '../src/wizard/build-steps.js';
import { startStep } from '../src/wizard/start-step.js';
import { decisionStep } from '../src/wizard/steps/decision.js';
import { policyStep } from '../src/wizard/steps/policy.js';
import { keys, type Session, seededClient, startSession } from './support/wizard.js';

let session: Session | undefined;
afterEach(() => session?.unmount());

describe('wizard navigation', () => {
  it('walks the sections in order with a progress indicator', () => {
    const steps = buildSteps(cafcassProfile);
    expect(steps.map((step) => step.id)).toEqual([
      'policy',
      'decision',
      'screening',
      'evidence',
      'screening-basis',
      'engagement',
      ...[
        'age',
        'disability',
        'gender_reassignment',
        'marriage_civil_partnership',
        'pregnancy_maternity',
        'race',
      ].map((c) => `analysis.${c}`),
      ...['religion_belief', 'sex', 'sexual_orientation', 'carers', 'language'].map((c) => `analysis.${c}`),
      'intersectionality',
      'generalDuty',
      'outcome',
      'actions',
      'monitoring',
      'record-details',
      'summary',
    ]);
  });

  it('Ctrl+N skips ahead and Ctrl+P goes back, keeping what was saved', async () => {
    session = await startSession(await seededClient(), [policyStep, decisionStep]);
    const s = session;
    await s.answer('Title of the policy', ' 2', keys.enter);
    await s.answer('Reference (optional)', keys.ctrlN);
    await s.waitFor('Step 2 of 2 · Decision');
    await s.answer('Who takes the decision?', keys.ctrlP);
    await s.waitFor('Step 1 of 2 · Policy');
    await s.waitFor('› Wizard test 2');
    expect(s.view().assessment.policy.title).toBe('Wizard test 2');
  });

  it('Ctrl+G jumps to any step, and marks the ones that need work', async () => {
    session = await startSession(await seededClient(), [policyStep, decisionStep]);
    const s = session;
    await s.answer('Title of the policy', keys.ctrlG);
    await s.waitFor('Go to which step?');
    await s.waitFor('2. Decision — needs work');
    await s.answer('Go to which step?', keys.down, keys.enter);
    await s.waitFor('Step 2 of 2 · Decision');
  });

  it('Ctrl+C quits at once; everything answered is already saved, and edit resumes where work is needed', async () => {
    const client = await seededClient();
    session = await startSession(client, [policyStep, decisionStep]);
    const s = session;
    await s.answer('Title of the policy', keys.enter);
    await s.answer('Reference (optional)', 'REF-9', keys.enter);
    await s.answer('What kind of thing is it?', keys.ctrlC);
    expect(await s.finished).toBe('quit');
    const view = await client.get('wiz');
    expect(view.assessment.policy.reference).toBe('REF-9');
    const steps = buildSteps(cafcassProfile);
    expect(steps[startStep(steps, view)]?.id).toBe('policy');
    expect(steps[startStep(steps, view, 'monitoring')]?.id).toBe('monitoring');
  });

  it('after changes are requested, opens at the first section the reviewer said to change', async () => {
    const view = await (await seededClient()).get('wiz');
    const steps = buildSteps(cafcassProfile);
    const verdict = (section: string, kind: string, by = 'julie') => ({ section, verdict: kind, by });
    const sentBack = (verdicts: object[], decision = 'changes_requested') =>
      ({
        ...view,
        findings: [],
        assessment: {
          ...view.assessment,
          screening: { ...view.assessment.screening, decision: { kind: 'full_assessment' } },
          review: { comments: [], verdicts, approvals: [{ decision, by: 'julie' }] },
        },
      }) as unknown as typeof view;
    const opened = (verdicts: object[], decision?: string) =>
      steps[startStep(steps, sentBack(verdicts, decision))]?.id;
    const judged = [verdict('policy', 'acceptable'), verdict('analysis', 'to_correct')];
    expect(opened(judged)).toBe('analysis.age');
    expect(opened([verdict('outcome', 'improvable'), ...judged])).toBe('analysis.age');
    // Another reviewer's verdicts, a verdict later judged acceptable, or an approval: the summary.
    expect(opened([verdict('analysis', 'to_correct', 'sam')])).toBe('summary');
    expect(opened([...judged, verdict('analysis', 'acceptable')])).toBe('summary');
    expect(opened(judged, 'approved')).toBe('summary');
  });

  it('shows the live findings for the step in the footer, and they update as answers are saved', async () => {
    session = await startSession(await seededClient(), [decisionStep]);
    const s = session;
    await s.waitFor('✗ No decision maker is recorded.');
    await s.answer('Who takes the decision?', 'The board', keys.enter);
    await s.waitFor('Their role');
    expect(s.frame()).not.toContain('No decision maker is recorded');
  });

  it('keys typed while an answer is being saved go to the next question, not lost', async () => {
    session = await startSession(await seededClient(), [decisionStep]);
    const s = session;
    await s.answer(
      'Who takes the decision?',
      'Board',
      keys.enter,
      'Chair',
      keys.enter,
      '2026-12-01',
      keys.enter,
    );
    await s.answer('Decision paper reference', keys.enter);
    await s.answer('told of the duty', 'n');
    expect(await s.finished).toBe('done');
    expect(s.view().assessment.decision).toMatchObject({
      maker: 'Board',
      makerRole: 'Chair',
      date: '2026-12-01',
    });
  });

  // ink-testing-library's terminal is 100 columns wide; the tmux tests try 80 and 60.
  it('fits the terminal it runs in', async () => {
    session = await startSession(await seededClient(), [policyStep]);
    await session.waitFor('Title of the policy');
    for (const line of session.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    expect(session.frame().split('\n').length).toBeLessThanOrEqual(24);
  });
});
