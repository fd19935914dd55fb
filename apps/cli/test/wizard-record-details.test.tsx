import { afterEach, describe, expect, it } from 'vitest';
import { recordDetailsStep } from '../src/wizard/steps/record-details.js';
import { keys, type Session, seededClient, startSession } from './support/wizard.js';

let session: Session | undefined;
afterEach(() => session?.unmount());

describe('wizard: who assessed it, and who else is affected', () => {
  it('records the assessment team, another affected group and whether the decision was already taken', async () => {
    session = await startSession(await seededClient(), [recordDetailsStep]);
    const s = session;
    await s.answer('Someone who carried out the assessment', 'Amara Okafor', keys.enter);
    await s.answer('Amara Okafor’s role', 'Head of Practice Policy', keys.enter);
    await s.answer('Someone who carried out the assessment', 'Julie Brown', keys.enter);
    await s.answer('Julie Brown’s role', 'Equality lead', keys.enter);
    await s.answer('Someone who carried out the assessment', keys.enter);
    await s.answer('Another group the policy affects', 'Court users in Wales', keys.enter);
    await s.answer('Another group the policy affects', keys.enter);
    await s.answer('Had the decision already been taken', keys.enter);
    expect(await s.finished).toBe('done');
    const { policy, decision } = s.view().assessment;
    expect(policy.assessmentTeam).toEqual([
      { name: 'Amara Okafor', role: 'Head of Practice Policy' },
      { name: 'Julie Brown', role: 'Equality lead' },
    ]);
    expect(policy.otherGroups).toEqual([
      { id: 'court_users_in_wales', label: 'Court users in Wales', description: '' },
    ]);
    expect(decision.alreadyTaken).toBe(false);
  });
});
