import { messageTexts, parseAssessment, parseProfile, type ValidationError } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { welshHistory } from '../src/language/cy-history.js';
import { errorIn } from '../src/language/error-in.js';
import { englishHistory } from '../src/language/history.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { ProfileChangedError, storedInvalid } from '../src/store/store-errors.js';
import { profile, testClock } from './client-setup.js';

// What a schema says itself, a stored document that does not match it, a profile changed under a
// command and what changed since a caller's version: in Welsh for a Welsh user, as they read it.

const welshBody = { ...profile, languages: { publishes: ['cy', 'en'] as const, default: 'cy' as const } };
const refusal = (work: Promise<unknown>): Promise<Error> =>
  work.then(
    () => new Error('accepted'),
    (error: unknown) => error as Error,
  );
const invalid = (parse: () => unknown) => {
  try {
    parse();
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error('parsed');
};

async function clients(user: string) {
  const store = createMemoryStore({ profile: welshBody });
  const { clock } = testClock();
  return {
    welsh: await createClient({ store, user, clock }),
    english: await createClient({ store, user, clock, locale: 'en' }),
  };
}

describe('what a schema says itself, to a Welsh user', () => {
  it('gives a policy’s missing title in Welsh, with the same path and code', async () => {
    const { welsh, english } = await clients('amara');
    const cy = await refusal(welsh.create({ title: '  ' }));
    expect(cy).toMatchObject({ code: 'VALIDATION' });
    expect(cy.message).toMatchInlineSnapshot(`
      "Nid yw’n ddilys (yr asesiad):
        - policy.title: rhowch deitl i’r polisi"
    `);
    expect((await refusal(english.create({ title: '  ' }))).message).toContain('give the policy a title');
  });

  it('names a key an edit set that the section has no place for, in Welsh', async () => {
    const { welsh } = await clients('amara');
    const { assessment } = await welsh.create({ title: 'Video hearings' });
    const cy = await refusal(
      welsh.edit(assessment.id, 'policy', (policy) => {
        (policy as Record<string, unknown>).summry = 'Gwrandawiadau fideo.';
      }),
    );
    expect(cy).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'policy' }] });
    // What the section's schema says of an edit is worded again too, not left in core's English.
    const number = await refusal(
      welsh.edit(assessment.id, 'policy', (policy) => {
        (policy as Record<string, unknown>).title = 7;
      }),
    );
    expect(number.message).toMatchInlineSnapshot(`
      "Byddai’r golygiad o "policy" yn gwneud yr asesiad yn annilys:
        - policy.title: Mewnbwn annilys: disgwyliwyd testun, cafwyd rhif"
    `);
    expect(cy.message).toMatchInlineSnapshot(`
      "Byddai’r golygiad o "policy" yn gwneud yr asesiad yn annilys:
        - policy: Allwedd(i) anhysbys: "summry""
    `);
  });

  it('words an import’s own messages and names the whole input in Welsh', async () => {
    const { welsh } = await clients('ops');
    const bad = JSON.stringify({
      format: 'eqia.assessment',
      formatVersion: 1,
      colour: 'blue',
      assessment: {},
      events: [],
    });
    expect((await refusal(welsh.importAssessment(bad))).message).toMatchInlineSnapshot(`
      "Nid yw’n ddilys (yr allforyn):
        - status: Mewnbwn annilys: mae angen gwrthrych yma, ond nid oes dim
        - assessment.schemaVersion: Mewnbwn annilys: disgwyliwyd 1
        - assessment.id: Mewnbwn annilys: mae angen testun yma, ond nid oes dim
        - assessment.revision: Mewnbwn annilys: mae angen rhif yma, ond nid oes dim
        - assessment.createdBy: Mewnbwn annilys: mae angen testun yma, ond nid oes dim
        - assessment.createdAt: Mewnbwn annilys: mae angen testun yma, ond nid oes dim
        - assessment.approvalChain: Mewnbwn annilys: mae angen rhestr yma, ond nid oes dim
        - assessment.policy: Mewnbwn annilys: mae angen gwrthrych yma, ond nid oes dim
        - events: mae allforyn yn dal o leiaf y digwyddiad creu"
    `);
  });

  it('words a stored document that does not match the schema, its issues and the whole input', async () => {
    const assessment = invalid(() => parseAssessment({ id: 'a1', policy: { title: '' } }));
    const stored = await errorIn(storedInvalid('/srv/eqia.db', assessment, 'a1'), 'cy');
    expect(stored).toMatchObject({ code: 'STORE_CORRUPT', location: '/srv/eqia.db' });
    // Worded again (by the client, then by the CLI), it says the same.
    expect(((await errorIn(stored, 'cy')) as Error).message).toBe((stored as Error).message);
    expect((stored as Error).message).toMatchInlineSnapshot(`
      "Nid yw’r asesiad "a1" yn y storfa eqia /srv/eqia.db yn cyfateb i’r sgema, felly ni all eqia weithredu arno; ni newidiwyd dim. Adferwch y storfa o’ch copi wrth gefn diweddaraf. Beth sydd o’i le:
        - schemaVersion: Mewnbwn annilys: disgwyliwyd 1
        - revision: Mewnbwn annilys: mae angen rhif yma, ond nid oes dim
        - createdBy: Mewnbwn annilys: mae angen testun yma, ond nid oes dim
        - createdAt: Mewnbwn annilys: mae angen testun yma, ond nid oes dim
        - approvalChain: Mewnbwn annilys: mae angen rhestr yma, ond nid oes dim
        - policy.title: rhowch deitl i’r polisi"
    `);
    // A size or a number out of range, its limit in words: a noun after a number stays singular.
    const outOfRange = invalid(() => parseProfile({ ...profile, reviewIntervalMonths: 0 }));
    expect(((await errorIn(outOfRange, 'cy')) as Error).message).toMatchInlineSnapshot(`
      "Nid yw’n ddilys (y proffil):
        - reviewIntervalMonths: Rhy fach: rhaid i’r rhif fod yn 1 neu fwy"
    `);
    const tooLong = invalid(() => parseAssessment({ id: 'a1', policy: { title: 'x'.repeat(301) } }));
    expect(((await errorIn(tooLong, 'cy')) as Error).message).toContain(
      'policy.title: Rhy hir: rhaid i’r testun gael 300 nod neu lai',
    );
    const profileError = storedInvalid(
      '/srv/eqia.db',
      invalid(() => parseProfile([])),
    );
    expect(profileError.message).toContain('  - (root): give an object { … }, not a list [ … ]');
    expect(((await errorIn(profileError, 'cy')) as Error).message).toMatchInlineSnapshot(`
      "Nid yw’r proffil yn y storfa eqia /srv/eqia.db yn cyfateb i’r sgema, felly ni all eqia weithredu arno; ni newidiwyd dim. Adferwch y storfa o’ch copi wrth gefn diweddaraf. Beth sydd o’i le:
        - (y cyfan): Mewnbwn annilys: disgwyliwyd gwrthrych, cafwyd rhestr"
    `);
  });

  it('tells of a profile changed under a command in Welsh, a conflict still', async () => {
    const changed = await errorIn(new ProfileChangedError('/srv/eqia.db', 'a1', 4), 'cy');
    expect(changed).toBeInstanceOf(ProfileChangedError);
    expect(changed).toMatchObject({ code: 'CONFLICT', expectedVersion: 4 });
    expect((changed as Error).message).toMatchInlineSnapshot(
      `"Newidiodd proffil y storfa eqia /srv/eqia.db tra oedd y newid hwn i a1 yn cael ei wneud: ni ysgrifennwyd dim. Gwnewch y newid eto: caiff ei farnu dan y proffil fel y mae nawr."`,
    );
  });

  it('says what changed since the version a Welsh user acted on, in Welsh', async () => {
    const { welsh } = await clients('amara');
    const { assessment } = await welsh.create({ title: 'Video hearings' });
    await welsh.edit(assessment.id, 'policy', (policy) => {
      policy.scope = 'Pob teulu';
    });
    const stale = await refusal(welsh.submit(assessment.id, { expectedVersion: 1 }));
    expect(stale).toMatchObject({ code: 'CONFLICT', expectedVersion: 1, actualVersion: 2 });
    expect(stale.message).toMatchInlineSnapshot(
      `"Mae asesiad video-hearings wedi newid ers i chi ei lwytho: fe weithredoch ar fersiwn 1; ers hynny: amara wedi cofnodi edit ar policy am 2026-03-02T10:00:00.000Z (fersiwn 2). Ni ysgrifennwyd dim. Byddai rhoi cynnig ar yr un newid eto yn trosysgrifo’r hyn nad ydych wedi’i weld: ail-lwythwch ef (mae ar fersiwn 2), edrychwch ar y newidiadau a gwnewch eich rhai chi eto."`,
    );
  });
});

describe('the words of a conflict and of the log', () => {
  it('has every summary in both languages, the change since a version too', () => {
    const [en, cy] = [messageTexts(englishHistory), messageTexts(welshHistory)];
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
    for (const [id, text] of Object.entries(cy)) expect(text, id).not.toBe(en[id]);
    expect(cy.change).toBe('{by} wedi cofnodi {type} ar {section} am {at} (fersiwn {seq})');
  });
});
