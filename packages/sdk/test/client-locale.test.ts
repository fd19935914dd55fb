import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { createEqia } from '../src/client/eqia.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { profile } from './client-setup.js';

// The SDK takes the user's language; without one it speaks the organisation's.

const welshBody = { ...profile, languages: { publishes: ['cy', 'en'] as const, default: 'cy' as const } };

describe('a client’s language', () => {
  it('is the locale given: one language, or the documents’ languages first first', async () => {
    const eqia = createEqia({ store: createMemoryStore({ profile }), locale: 'cy' });
    const amara = await eqia.as('amara');
    expect([amara.locale, amara.locales]).toEqual(['cy', ['cy']]);
    const both = await createClient({
      store: createMemoryStore({ profile }),
      user: 'amara',
      locale: ['en', 'cy'],
    });
    expect([both.locale, both.locales]).toEqual(['en', ['en', 'cy']]);
  });

  it('defaults to the profile’s: its default language, and the languages it publishes in', async () => {
    const welsh = await createClient({ store: createMemoryStore({ profile: welshBody }), user: 'amara' });
    expect([welsh.locale, welsh.locales]).toEqual(['cy', ['cy', 'en']]);
    const english = await createClient({ store: createMemoryStore({ profile }), user: 'amara' });
    expect([english.locale, english.locales]).toEqual(['en', ['en']]);
  });

  it('refuses a client given Welsh first in Welsh, before and after reading the store', async () => {
    const store = createMemoryStore({ profile });
    await expect(
      createClient({ store, user: 'amara', locale: ['cy', 'gd'] as never }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(`
      [ValidationError: Nid yw iaith (locale) y cleient yn ddilys:
        - locale: Nid yw ["cy","gd"] yn iaith y mae eqia yn ei siarad: defnyddiwch 'en' (Saesneg), 'cy' (Cymraeg) neu’r ddwy, fel yn ['cy', 'en']]
    `);
    const empty = createMemoryStore();
    await empty.init();
    await expect(createClient({ store: empty, user: 'amara', locale: 'cy' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^Nid oes proffil gan y storfa yn /),
    });
    const damaged = createMemoryStore({ profile: { ...profile, reviewIntervalMonths: -1 } });
    await expect(createClient({ store: damaged, user: 'amara', locale: 'cy' })).rejects.toMatchObject({
      code: 'STORE_CORRUPT',
      message: expect.stringMatching(/^Nid yw’r proffil yn y storfa eqia /),
    });
    // English first, or none (the profile that could say Welsh is not there): in English.
    await expect(createClient({ store: empty, user: 'amara', locale: ['en', 'cy'] })).rejects.toThrow(
      /^The store at .* has no profile/,
    );
    await expect(createClient({ store: empty, user: 'amara' })).rejects.toThrow(/^The store at /);
    await expect(createClient({ store, user: 'amara', locale: 'gd' as never })).rejects.toThrow(
      /^The client’s locale is not valid:/,
    );
  });

  it('refuses a language eqia does not speak when the client is made, saying which it does', async () => {
    const store = createMemoryStore({ profile });
    for (const locale of ['fr', [], ['cy', 'gd']] as never[]) {
      expect(() => createEqia({ store, locale })).toThrow(/is not a language eqia speaks: use 'en'/);
      await expect(createClient({ store, user: 'amara', locale })).rejects.toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: 'locale' }],
      });
    }
  });

  it('words the due-regard findings in its language, the same findings as in English', async () => {
    const store = createMemoryStore({ profile: welshBody });
    const english = await createClient({ store, user: 'amara', locale: 'en' });
    const { assessment } = await english.create({ title: 'Video hearings' });
    const welsh = await createClient({ store, user: 'amara' });
    const [inEnglish, inWelsh] = [
      (await english.get(assessment.id)).findings,
      (await welsh.get(assessment.id)).findings,
    ];
    expect(inWelsh.map((f) => [f.ruleId, f.path])).toEqual(inEnglish.map((f) => [f.ruleId, f.path]));
    expect(inWelsh.find((f) => f.ruleId === 'policy-aims-stated')?.message).toBe(
      'Nid yw nodau’r polisi na’r canlyniadau a fwriedir wedi’u datgan.',
    );
    const [all] = await welsh.checkAll();
    expect(all?.findings).toEqual(inWelsh);
  });

  it('words its errors in its language, with the same codes', async () => {
    const store = createMemoryStore({ profile: welshBody });
    const welsh = await createClient({ store, user: 'amara' });
    const english = await createClient({ store, user: 'amara', locale: 'en' });
    const refusal = (work: Promise<unknown>) => work.catch((error: unknown) => error);
    expect(await refusal(welsh.get('no-such'))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^Nid oes asesiad "no-such" yn y storfa/),
    });
    expect(await refusal(english.get('no-such'))).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^There is no assessment "no-such"/),
    });
    await expect(createClient({ store, user: 'nobody' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/^Nid yw "nobody" yn ddefnyddiwr y proffil hwn/),
    });
    const { assessment } = await welsh.create({ title: 'Video hearings' });
    expect(await refusal(welsh.edit(assessment.id, 'policy', () => {}))).toMatchObject({
      code: 'VALIDATION',
      message: 'Nid yw’r golygiad o "policy" yn newid dim: ni chofnodwyd dim.',
    });
    await welsh.screen(assessment.id, { kind: 'full_assessment', rationale: 'Every family is affected.' });
    const blocked = await refusal(welsh.submit(assessment.id));
    expect(blocked).toMatchObject({
      code: 'BLOCKED_BY_FINDINGS',
      message: expect.stringMatching(/^Ni ellir cyflwyno tra bo canfyddiadau lefel gwall ar ôl \(\d+\): /),
    });
    expect((blocked as { findings: { message: string }[] }).findings[0]?.message).toMatch(/^Nid /);
  });
});
