import { workedExample } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { world } from './client-setup.js';
import { fullWalk, fullWalkUntilPublished } from './client-walk-steps.js';

const id = workedExample.id;

describe('the full life of an assessment through the client', () => {
  it('goes from create to a signed-off revision superseding the published original', async () => {
    await fullWalk(world());
  });

  it('refuses a second revision while one is under way', async () => {
    const w = world();
    await fullWalkUntilPublished(w);
    const amara = await w.as('amara');
    const first = await amara.startRevision(id);
    await expect(amara.startRevision(id)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[InvalidTransitionError: Revision eqia-2026-007-r2 of this assessment is already under way (draft): continue it, or withdraw it before starting another.]`,
    );
    expect(first.assessment.id).toBe('eqia-2026-007-r2');
    await amara.withdraw(first.assessment.id, { reason: 'Started by mistake.' });
    const second = await amara.startRevision(id);
    expect(second.assessment.revision).toBe(2);
    // The abandoned revision keeps its readable id, so the next one gets a fresh id.
    expect(second.assessment.id).not.toBe('eqia-2026-007-r2');
  });
});
