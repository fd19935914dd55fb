import { afterEach, describe, expect, it } from 'vitest';
import { policyStep } from '../src/wizard/steps/policy.js';
import { keys, type Session, seededClient, startSession } from './support/wizard.js';

let session: Session | undefined;
afterEach(() => session?.unmount());

describe('wizard: a save the lifecycle refuses', () => {
  it('names the refused change as the command a user types, not as the SDK event', async () => {
    session = await startSession(await seededClient(), [policyStep]);
    const s = session;
    await s.waitFor('Title of the policy');
    // Someone withdraws the assessment while the wizard is open on it: the next save meets the new
    // version, and the one after it is refused by the lifecycle.
    await s.client.withdraw('wiz', { reason: 'Replaced by the regional policy' });
    await s.answer('Title of the policy', ' (revised)', keys.enter);
    await s.waitFor('changed since you loaded it');
    await s.answer('Reference (optional)', 'OPS-1', keys.enter);
    await s.waitFor('Not saved: Cannot run `eqia edit` while the assessment is withdrawn: it is final.');
    expect(s.view().assessment.policy).toMatchObject({ title: 'Wizard test', reference: '' });
  });
});
