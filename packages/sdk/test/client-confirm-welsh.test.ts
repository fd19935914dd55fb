import { cafcassProfile, type Profile, staleWelsh } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import type { AssessmentView } from '../src/client/results.js';
import { createMemoryStore } from '../src/store/memory-store.js';

// An assessment's Welsh confirmed as still right after its English changed (`confirmWelsh`): recorded as
// written for the English of now, one edit a section, without the Welsh being written again.

const bilingual: Profile = { ...cafcassProfile, languages: { publishes: ['cy', 'en'], default: 'cy' } };
const refusal = (work: Promise<unknown>) => work.catch((error: unknown) => error);
const stale = (view: AssessmentView) => staleWelsh(view.assessment).map((field) => field.key);

/** Welsh for the title and the scope and for an action, then all three English texts changed. */
async function outOfDate() {
  const store = createMemoryStore({ profile: bilingual });
  const amara = await createClient({ store, user: 'amara', locale: 'en' });
  const { assessment } = await amara.create({ title: 'Video hearings' });
  const { id } = assessment;
  await amara.edit(id, 'policy', (policy, welsh) => {
    policy.scope = 'England';
    welsh.set('title', 'Gwrandawiadau fideo');
    welsh.set('scope', 'Lloegr');
  });
  await amara.edit(id, 'policy', (policy) => {
    policy.title = 'Video hearings in family courts';
    policy.scope = 'England and Wales';
  });
  const view = await amara.get(id);
  expect(stale(view)).toEqual(['policy/title', 'policy/scope']);
  return { store, amara, id, view };
}

describe('confirmWelsh', () => {
  it('records the Welsh named as written for the English as it is, and only that Welsh', async () => {
    const { amara, id, view } = await outOfDate();
    const confirmed = await amara.confirmWelsh(id, ['policy/title']);
    expect(stale(confirmed)).toEqual(['policy/scope']);
    expect(confirmed.assessment.welsh?.['policy/title']).toBe('Gwrandawiadau fideo');
    expect(confirmed.version).toBe(view.version + 1);
    // Welsh already current is left alone: nothing more is recorded.
    expect((await amara.confirmWelsh(id, ['policy/title'])).version).toBe(confirmed.version);
  });

  it('refuses a text with no Welsh to confirm, in the client’s language, and records nothing', async () => {
    const { store, amara, id, view } = await outOfDate();
    expect(
      await refusal(amara.confirmWelsh(id, ['policy/title', 'policy/aims', 'nonsense'])),
    ).toMatchInlineSnapshot(
      `[ValidationError: The assessment has no Welsh at policy/aims, nonsense to confirm as still right. Its Welsh out of date: policy/title, policy/scope.]`,
    );
    const welsh = await createClient({ store, user: 'amara', locale: 'cy' });
    expect(await refusal(welsh.confirmWelsh(id, []))).toMatchObject({
      code: 'VALIDATION',
      message:
        'Nid oes gan yr asesiad Gymraeg yn — i’w chadarnhau fel un sy’n dal yn gywir. Ei Gymraeg sydd wedi dyddio: policy/title, policy/scope.',
    });
    expect((await amara.get(id)).version).toBe(view.version);
  });

  it('tells someone no longer a user only that, not what Welsh the assessment has', async () => {
    const { store, id } = await outOfDate();
    const ben = await createClient({ store, user: 'ben', locale: 'en' });
    const ops = await createClient({ store, user: 'ops', locale: 'en' });
    await ops.updateProfile((draft) => {
      draft.users = draft.users.filter((user) => user.id !== 'ben');
    });
    const refused = await refusal(ben.confirmWelsh(id, ['nonsense']));
    expect(refused).toMatchObject({ code: 'FORBIDDEN' });
    expect((refused as Error).message).not.toContain('Welsh');
  });

  it('is refused on a copy out of date, as any write naming the version it saw', async () => {
    const { amara, id, view } = await outOfDate();
    await amara.edit(id, 'policy', (policy) => {
      policy.aims = 'Fewer adjournments';
    });
    expect(
      await refusal(amara.confirmWelsh(id, ['policy/title'], { expectedVersion: view.version })),
    ).toMatchObject({
      code: 'CONFLICT',
    });
  });
});
