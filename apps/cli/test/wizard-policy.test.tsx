import { afterEach, describe, expect, it } from 'vitest';
import { decisionStep } from '../src/wizard/steps/decision.js';
import { policyStep } from '../src/wizard/steps/policy.js';
import { keys, type Session, seededClient, startSession } from './support/wizard.js';

let session: Session | undefined;
afterEach(() => session?.unmount());

describe('wizard: policy and decision', () => {
  it('the policy step saves each answer as it is given, with the profile audiences as default', async () => {
    session = await startSession(await seededClient(), [policyStep]);
    const s = session;
    await s.waitFor('Step 1 of 1 · Policy');
    await s.answer('Title of the policy', ' (revised)', keys.enter);
    await s.waitFor('✓ Title: Wizard test (revised)');
    expect(s.view().assessment.policy.title).toBe('Wizard test (revised)');
    await s.answer('Reference (optional)', 'OPS-1', keys.enter);
    await s.answer('What kind of thing is it?', keys.down, keys.down, keys.down, keys.enter);
    await s.answer('Is it new, a revision', keys.enter);
    await s.answer('Team or directorate', 'Operations', keys.enter);
    await s.answer('Its aims and intended outcomes', keys.enter);
    await s.waitFor('This needs an answer.');
    await s.answer('This needs an answer.', 'Shorter waits for families', keys.enter);
    await s.answer('Scope', 'England', keys.enter);
    await s.answer('Who does it affect?', keys.space, keys.enter);
    await s.answer('Another group the policy affects', 'Court users in Wales', keys.enter);
    await s.waitFor('Recorded: Court users in Wales');
    await s.answer('Another group the policy affects', keys.enter);
    expect(await s.finished).toBe('done');
    const { policy } = s.view().assessment;
    expect(policy.otherGroups).toEqual([
      { id: 'court_users_in_wales', label: 'Court users in Wales', description: '' },
    ]);
    expect(policy).toMatchObject({
      reference: 'OPS-1',
      kind: 'service_change',
      team: 'Operations',
      aims: 'Shorter waits for families',
      scope: 'England',
    });
    expect(policy.audiences).toEqual(['parents_carers_families', 'staff', 'partners_public']);
  });

  it('the decision step refuses a malformed date and records the briefing', async () => {
    session = await startSession(await seededClient(), [decisionStep]);
    const s = session;
    await s.answer('Who takes the decision?', 'Corporate Management Team', keys.enter);
    await s.answer('Their role', 'Chair', keys.enter);
    await s.answer('Decision date', '16/03/2026', keys.enter);
    await s.waitFor('Use YYYY-MM-DD');
    await s.answer('Use YYYY-MM-DD', ...Array(10).fill('\u007F'), '2026-12-16', keys.enter);
    await s.answer('Decision paper reference', keys.enter);
    await s.answer('told of the duty', 'y');
    expect(await s.finished).toBe('done');
    expect(s.view().assessment.decision).toMatchObject({
      maker: 'Corporate Management Team',
      date: '2026-12-16',
      makerBriefed: true,
    });
  });
});

describe('a change made elsewhere while the wizard is open', () => {
  it('is not overwritten: the answer is refused, and its question asked again over the latest version', async () => {
    session = await startSession(await seededClient(), [policyStep]);
    const s = session;
    await s.waitFor('Title of the policy');
    // Someone else (another window, another person) renames it while the question is on screen.
    await s.client.edit('wiz', 'policy', (policy) => {
      policy.title = 'Renamed elsewhere';
    });
    await s.answer('Title of the policy', ' (mine)', keys.enter);
    await s.waitFor('changed while you were answering');
    expect((await s.client.get('wiz')).assessment.policy.title).toBe('Renamed elsewhere');
    // The same question again, filled in with the title as it now stands, the reason still on screen.
    await s.waitFor('› Renamed elsewhere');
    expect(s.frame()).toContain('changed while you were answering');
    expect(s.frame()).not.toContain('reload it');
    expect(s.frame()).not.toContain('Reference (optional)');
    await s.answer('Title of the policy', ' (mine)', keys.enter);
    await s.waitFor('✓ Title: Renamed elsewhere (mine)');
    expect(s.frame()).not.toContain('changed while you were answering');
    await s.answer('Reference (optional)', 'OPS-1', keys.enter);
    await s.waitFor('✓ Reference: OPS-1');
    expect((await s.client.get('wiz')).assessment.policy).toMatchObject({
      title: 'Renamed elsewhere (mine)',
      reference: 'OPS-1',
    });
  });
});

describe('typing ahead', () => {
  it('text and Enter arriving together, as from a script or a pasted line, answer the question', async () => {
    session = await startSession(await seededClient(), [decisionStep]);
    const s = session;
    await s.answer('Who takes the decision?', `Operations Board${keys.enter}`);
    await s.answer('Their role', `Director of Operations${keys.enter}`);
    await s.waitFor('Decision date');
    expect(s.view().assessment.decision).toMatchObject({
      maker: 'Operations Board',
      makerRole: 'Director of Operations',
    });
  });

  it('line breaks inside pasted text stay in the answer as spaces', async () => {
    session = await startSession(await seededClient(), [decisionStep]);
    const s = session;
    // As a terminal with bracketed paste on sends a pasted line.
    await s.answer('Who takes the decision?', '\u001B[200~Operations\rBoard\u001B[201~', keys.enter);
    await s.waitFor('Their role');
    expect(s.view().assessment.decision.maker).toBe('Operations Board');
  });
});
