import { ForbiddenError, InvalidTransitionError } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { world } from './client-setup.js';

const signedOff = { by: 'Director of Communities', role: 'Director', on: '2023-06-30' };
const record = (extra: object = {}) =>
  JSON.stringify({
    id: 'library-2023',
    policy: { title: 'Library opening hours 2023', aims: 'Shorter hours at two branches.' },
    ...extra,
  });

describe('importing a record signed off outside eqia (historical)', () => {
  it('holds it signed off as stated, marked historical, with no approval through eqia’s chain', async () => {
    const julie = await world().as('julie');
    const view = await julie.importRecord(record({ signedOff }), {
      source: 'library.docx',
      historical: true,
    });
    expect(view.status.state).toBe('signed_off');
    expect(view.assessment.review.approvals).toEqual([]);
    expect(view.assessment.provenance?.signedOffOutside).toMatchObject(signedOff);
    const [created] = await julie.history('library-2023');
    expect(created?.summary).toBe(
      'imported “Library opening hours 2023” from library.docx, signed off outside eqia by Director of Communities, Director on 2023-06-30 (historical record)',
    );
  });

  it('holds a record also published outside eqia as published', async () => {
    const julie = await world().as('julie');
    const published = { on: '2023-07-02', location: 'https://example.gov.uk/eqia/library' };
    const view = await julie.importRecord(record({ signedOff: { ...signedOff, published } }), {
      source: 'library.docx',
      historical: true,
    });
    expect(view.status.state).toBe('published');
  });

  it('locks its content like any signed-off assessment; a revision is a draft written in eqia', async () => {
    const place = world();
    await (await place.as('ops')).importRecord(record({ signedOff }), { source: 'x', historical: true });
    const ops = await place.as('ops');
    const retitle = ops.edit('library-2023', 'policy', (policy) => {
      policy.title = 'Changed after sign-off';
    });
    await expect(retitle).rejects.toBeInstanceOf(InvalidTransitionError);
    await ops.startRevision('library-2023');
    const fresh = await ops.get('library-2023-r2');
    expect(fresh.status.state).toBe('draft');
    expect(fresh.assessment.provenance).toBeUndefined();
  });

  it('is recorded only by an equality lead or an admin, who keep the record of sign-offs', async () => {
    const amara = await world().as('amara');
    await expect(
      amara.importRecord(record({ signedOff }), { source: 'x', historical: true }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const draft = await amara.importRecord(record(), { source: 'x' });
    expect(draft.status.state).toBe('draft');
  });
});
