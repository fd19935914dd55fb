import { InvalidTransitionError } from '@eqia/core';
import type { EqiaClient } from '@eqia/sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { policyStep } from '../src/wizard/steps/policy.js';
import { keys, type Session, seededClient, startSession } from './support/wizard.js';

let session: Session | undefined;
afterEach(() => session?.unmount());

describe('wizard: a change it can no longer save', () => {
  it('after a withdrawal elsewhere, says why its answer was not saved and shows the step as locked', async () => {
    session = await startSession(await seededClient(), [policyStep]);
    const s = session;
    await s.waitFor('Title of the policy');
    await s.client.withdraw('wiz', { reason: 'Replaced by the regional policy' });
    await s.answer('Title of the policy', ' (revised)', keys.enter);
    await s.waitFor('Locked: the assessment is withdrawn, which is final');
    expect(s.frame()).not.toContain('eqia revise');
    expect(s.frame()).toContain('changed while you were answering');
    expect(s.frame()).not.toContain('Reference (optional)');
    expect(s.view().assessment.policy.title).toBe('Wizard test');
  });

  it('names a change the lifecycle refuses as the command a user types, not as the SDK event', async () => {
    const client = await seededClient();
    // A real refusal (an edit of a withdrawn assessment), met where the wizard's version check passed.
    await client.create({ id: 'gone', title: 'Withdrawn elsewhere' });
    await client.withdraw('gone', { reason: 'Replaced by the regional policy' });
    const refusal = await client
      .edit('gone', 'policy', (policy) => {
        policy.reference = 'OPS-1';
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(refusal).toBeInstanceOf(InvalidTransitionError);
    session = await startSession(refusingEdits(client, refusal), [policyStep]);
    const s = session;
    await s.answer('Title of the policy', ' (revised)', keys.enter);
    await s.waitFor('Not saved: Cannot run `eqia edit` while the assessment is withdrawn: it is final.');
    expect(s.view().assessment.policy.title).toBe('Wizard test');
  });
});

/** The client, its sessions' edits refused with `refusal`. */
function refusingEdits(client: EqiaClient, refusal: unknown): EqiaClient {
  const open: EqiaClient['open'] = async (id, options) => {
    const held = await client.open(id, options);
    return Object.defineProperty(Object.create(held), 'edit', { value: () => Promise.reject(refusal) });
  };
  return Object.defineProperty(Object.create(client), 'open', { value: open });
}
