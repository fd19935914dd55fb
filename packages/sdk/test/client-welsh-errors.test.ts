import {
  englishAttentionWords,
  englishLifecycleWords,
  englishMessages,
  englishRecordWords,
  englishRefusals,
  englishSchemaWords,
  messageTexts,
  type ValidationError,
} from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { englishCopyErrors } from '../src/language/copy-errors.js';
import { welshCopyErrors } from '../src/language/cy-copy-errors.js';
import { welshErrors } from '../src/language/cy-errors.js';
import { englishRewording } from '../src/language/english-rewording.js';
import { errorIn } from '../src/language/error-in.js';
import { englishErrors } from '../src/language/errors.js';
import { englishHistory } from '../src/language/history.js';
import { englishLocaleErrors } from '../src/language/locale-errors.js';
import { storeTold } from '../src/language/store-errors.js';
import { englishStoredOnDemandErrors } from '../src/language/stored-on-demand-errors.js';
import { sdkWelshReview } from '../src/language/welsh-review.js';
import { copyStore } from '../src/store/copy-store.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { StoreBusyError } from '../src/store/store-errors.js';
import { profile } from './client-setup.js';

// Every error a user of a Welsh client meets is in Welsh, with the code it has in English.

/** The English a Welsh catalogue follows: the client's own, and what only another language words again. */
const englishCatalogue = { ...englishErrors, ...englishRewording };

const welshBody = { ...profile, languages: { publishes: ['cy', 'en'] as const, default: 'cy' as const } };
const refusal = (work: Promise<unknown>) => work.catch((error: unknown) => error);
const rename = (name: string) => (draft: { name: string }) => {
  draft.name = name;
};

async function clients(user: string) {
  const store = createMemoryStore({ profile: welshBody });
  return {
    store,
    welsh: await createClient({ store, user }),
    english: await createClient({ store, user, locale: 'en' }),
  };
}

describe('a Welsh client’s errors', () => {
  it('tells who may do what in Welsh, in a refused command and in what `allowed` answers', async () => {
    const { store, welsh: amara } = await clients('amara');
    const { assessment } = await amara.create({ title: 'Video hearings' });
    await amara.screen(assessment.id, { kind: 'full_assessment', rationale: 'Every family is affected.' });
    const val = await createClient({ store, user: 'val' });
    const valInEnglish = await createClient({ store, user: 'val', locale: 'en' });
    const comment = { section: 'policy' as const, body: 'Sylw' };
    expect(await refusal(val.comment(assessment.id, comment))).toMatchObject({
      code: 'FORBIDDEN',
      message:
        'Darllenydd yw val, ac ni chaiff wneud hyn (rhoi sylwadau): gofynnwch i awdur, adolygydd neu weinyddwr.',
    });
    expect(await refusal(valInEnglish.comment(assessment.id, comment))).toMatchObject({
      code: 'FORBIDDEN',
      message: 'val is a viewer and may not comment: ask an author, reviewer or admin.',
    });
    expect((await val.allowed(assessment.id)).commands.edit).toMatchObject({
      allowed: false,
      code: 'FORBIDDEN',
      // The role by its Welsh name, not its id (viewer).
      reason: `Ni chaiff val newid asesiad ${assessment.id}: nid oes gan val rôl awdur na chyfrannwr (darllenydd).`,
    });
    const session = await val.open(assessment.id);
    expect(await refusal(session.comment(comment))).toMatchObject({ message: /^Darllenydd yw val/ });
  });

  it('words profile administration and keys in Welsh', async () => {
    const { welsh: amara, english } = await clients('amara');
    expect(await refusal(amara.updateProfile(rename('Arall')))).toMatchObject({
      code: 'FORBIDDEN',
      message:
        'Ni chaiff amara wneud hyn (newid y proffil): dim ond gweinyddwr a gaiff. Gofynnwch i un o weinyddwyr y proffil.',
    });
    expect(await refusal(english.updateProfile(rename('Other')))).toMatchObject({
      message: 'amara may not change the profile: only an admin may. Ask an admin of the profile.',
    });
    expect(await refusal(amara.registerKey({ publicKey: 'ab'.repeat(32), user: 'ben' }))).toMatchObject({
      code: 'FORBIDDEN',
      message: /^Ni chaiff amara wneud hyn \(cofrestru allwedd ar gyfer ben\): dim ond ben neu weinyddwr/,
    });
    expect(await refusal(amara.revokeKey('nokey'))).toMatchObject({
      code: 'VALIDATION',
      message: 'Nid oes allwedd "nokey": mae `eqia keys list` yn eu dangos.',
    });
    const ops = await createClient({ store: createMemoryStore({ profile: welshBody }), user: 'ops' });
    const noAdmin = ops.updateProfile((draft) => {
      for (const user of draft.users) {
        const roles = user.roles.filter((role) => role !== 'admin');
        user.roles = roles.length > 0 ? roles : ['viewer'];
      }
    });
    expect(await refusal(noAdmin)).toMatchObject({
      code: 'VALIDATION',
      message: /^Ni fyddai gweinyddwr ar ôl/,
    });
  });

  it('words a history entry that is not there, and a copy into a store that is not empty', async () => {
    const { welsh: amara, store } = await clients('amara');
    const { assessment } = await amara.create({ title: 'Video hearings' });
    expect(await refusal(amara.versionAt(assessment.id, 9))).toMatchObject({
      code: 'VALIDATION',
      message: /^Mae gan asesiad .* gofnodion log 1 i 1; nid oes cofnod 9/,
    });
    const copy = (locale?: 'cy') => refusal(copyStore(store, store, { locale }));
    expect(await copy('cy')).toMatchObject({
      code: 'CONFLICT',
      message: /^Mae’r storfa darged .* eisoes yn dal asesiadau \(1\)/,
    });
    expect(await copy()).toMatchObject({ code: 'CONFLICT', message: /already holds 1 assessment:/ });
  });

  it('has every message in both languages, none left empty or in English', () => {
    const pairs = [
      // A CSV's messages and the rest core loads on demand are among a Welsh client's records, areas of
      // their own in English (gathered in core's englishMessages).
      [
        {
          ...englishCatalogue,
          records: { ...englishCatalogue.records, ...englishMessages.records },
          stored: { ...englishCatalogue.stored, ...englishStoredOnDemandErrors },
        },
        welshErrors,
      ],
      [englishCopyErrors, welshCopyErrors],
    ] as const;
    for (const [english, welsh] of pairs) {
      const [en, cy] = [messageTexts(english), messageTexts(welsh)];
      expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
      for (const [id, text] of Object.entries(cy)) {
        expect(text.trim(), id).not.toBe('');
        expect(text, id).not.toBe(en[id]);
      }
    }
  });

  it('words why the lifecycle refuses an event, with the code it has in English', async () => {
    const { welsh: amara, english } = await clients('amara');
    const { assessment } = await amara.create({ title: 'Video hearings' });
    const done = { status: 'done' as const, note: 'Wedi’i wneud' };
    expect(await refusal(amara.updateAction(assessment.id, 'a1', done))).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: /^Ni ellir gwneud updateAction tra bo’r asesiad yn y cyflwr “Drafft”; yn bosibl nawr: /,
    });
    expect(await refusal(english.updateAction(assessment.id, 'a1', done))).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: /^Cannot updateAction while the assessment is draft; possible now: /,
    });
    expect((await amara.allowed(assessment.id)).commands.publish).toMatchObject({
      allowed: false,
      reason: expect.stringMatching(/^Ni (ellir|chaiff)/),
    });
    await amara.withdraw(assessment.id, { reason: 'Ni fydd yn digwydd' });
    expect(await refusal(amara.withdraw(assessment.id, { reason: 'Eto' }))).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: 'Ni ellir gwneud withdraw tra bo’r asesiad yn y cyflwr “Wedi’i dynnu’n ôl”: mae’n derfynol.',
    });
  });

  it('words what a schema says of bad input, the paths kept as they are', async () => {
    const { welsh: ops, english } = await clients('ops');
    const bad = JSON.stringify({ format: 'eqia.assessment', formatVersion: 1, assessment: { id: 5 } });
    const welshError = await refusal(ops.importAssessment(bad));
    expect(welshError).toMatchObject({ code: 'VALIDATION', name: 'ValidationError' });
    expect((welshError as Error).message).toMatch(/^Nid yw’n ddilys \(yr allforyn\):\n/);
    expect((welshError as Error).message).toContain(
      '  - assessment.id: Mewnbwn annilys: disgwyliwyd testun, cafwyd rhif',
    );
    expect((welshError as Error).message).toContain(
      '  - events: Mewnbwn annilys: mae angen rhestr yma, ond nid oes dim',
    );
    const englishError = await refusal(english.importAssessment(bad));
    expect((englishError as Error).message).toContain('  - assessment.id: give text, not a number');
    const paths = (error: unknown) => (error as ValidationError).issues.map((issue) => issue.path);
    expect(paths(welshError)).toEqual(paths(englishError));
  });

  it('lists its own Welsh for review, every message unreviewed until a Welsh speaker checks it', async () => {
    const rows = await sdkWelshReview();
    const { refusals, lifecycle, says, records, attention, ...own } = {
      ...englishCatalogue,
      stored: { ...englishCatalogue.stored, ...englishStoredOnDemandErrors },
    };
    const ids = [
      ...Object.keys(messageTexts(own, 'sdk.errors')),
      ...Object.keys(messageTexts(englishCopyErrors, 'sdk.copy')),
      ...Object.keys(messageTexts(englishHistory, 'sdk.history')),
      ...Object.keys(messageTexts(englishLocaleErrors, 'sdk.locale')),
    ];
    expect(rows.map((row) => row.id)).toEqual(ids);
    expect(rows.find((row) => row.id === 'sdk.errors.schema.invalid')).toEqual({
      id: 'sdk.errors.schema.invalid',
      en: 'not valid',
      cy: 'Mewnbwn annilys',
      reviewed: false,
    });
    expect(rows.filter((row) => row.reviewed || !row.cy)).toEqual([]);
    expect(refusals).toBe(englishRefusals);
    expect(lifecycle).toBe(englishLifecycleWords);
    expect(says).toBe(englishSchemaWords);
    expect(records).toBe(englishRecordWords);
    expect(attention).toBe(englishAttentionWords);
  });

  it('words a store’s trouble met outside a client, keeping its class and code', async () => {
    const { message, options } = storeTold('storeBusy', { file: '/srv/eqia.db', seconds: '5' });
    const busy = new StoreBusyError(message, '/srv/eqia.db', options);
    const welsh = await errorIn(busy, 'cy');
    expect(welsh).toBeInstanceOf(StoreBusyError);
    expect(welsh).toMatchObject({ code: 'STORE_BUSY', retryable: true, location: '/srv/eqia.db' });
    expect((welsh as Error).message).toMatch(/^Bu’r storfa eqia \/srv\/eqia.db yn brysur am fwy na 5 e:/);
    expect(await errorIn(busy, 'en')).toBe(busy);
    expect(message).toMatch(/^The eqia store \/srv\/eqia.db stayed busy for more than 5 s:/);
    const missing = await refusal(createMemoryStore().read('x'));
    expect(missing).toMatchObject({ code: 'NOT_FOUND' });
    expect(((await errorIn(missing, 'cy')) as Error).message).toMatch(/^Nid oes storfa eqia yn /);
  });
});
