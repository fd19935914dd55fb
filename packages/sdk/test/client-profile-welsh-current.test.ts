import { staleProfileWelsh } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { profile } from './client-setup.js';

// The profile's Welsh confirmed as still right after its English changed (`welshCurrent`): recorded as
// written for the English of now, without writing it again.

const refusal = (work: Promise<unknown>) => work.catch((error: unknown) => error);
const stale = (p: Parameters<typeof staleProfileWelsh>[0]) => staleProfileWelsh(p).map((field) => field.key);

async function renamed() {
  const store = createMemoryStore({ profile });
  const admin = await createClient({ store, user: 'ops', locale: 'en' });
  await admin.updateProfile((draft) => {
    draft.schemaVersion = 2;
    draft.welsh = { organisation: 'Cafcass Cymru', 'publishing/contact': 'Y tîm cydraddoldeb' };
  });
  const changed = await admin.updateProfile((draft) => {
    draft.organisation = 'Cafcass Wales';
    draft.publishing.contact = 'The equality team';
  });
  expect(stale(changed)).toEqual(['organisation', 'publishing/contact']);
  return { store, admin };
}

describe('updateProfile with welshCurrent', () => {
  it('records the Welsh named as written for the English as it is, and only that Welsh', async () => {
    const { admin } = await renamed();
    const confirmed = await admin.updateProfile(() => {}, { welshCurrent: ['organisation'] });
    expect(stale(confirmed)).toEqual(['publishing/contact']);
    expect(confirmed.welsh?.organisation).toBe('Cafcass Cymru');
    expect(confirmed.changes.at(-1)?.event.changed).toEqual(['welshOf.organisation']);
  });

  it('refuses a text with no Welsh to confirm, in the client’s language, and records nothing', async () => {
    const { store, admin } = await renamed();
    const before = await store.readProfile();
    expect(
      await refusal(
        admin.updateProfile(() => {}, { welshCurrent: ['publishing/alternativeFormats', 'nonsense'] }),
      ),
    ).toMatchInlineSnapshot(
      `[ValidationError: The profile has no Welsh at publishing/alternativeFormats, nonsense to confirm as still right. Its Welsh out of date: organisation, publishing/contact.]`,
    );
    const welsh = await createClient({ store, user: 'ops', locale: 'cy' });
    expect(await refusal(welsh.updateProfile(() => {}, { welshCurrent: ['nonsense'] }))).toMatchObject({
      code: 'VALIDATION',
      message:
        'Nid oes gan y proffil Gymraeg yn nonsense i’w chadarnhau fel un sy’n dal yn gywir. Ei Gymraeg sydd wedi dyddio: organisation, publishing/contact.',
    });
    expect(await store.readProfile()).toEqual(before);
  });
});
