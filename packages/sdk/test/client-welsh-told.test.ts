import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cafcassProfile } from '@eqia/core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { errorIn } from '../src/language/error-in.js';
import { openFileLayout } from '../src/store/file-layout/file-layout.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { profile } from './client-setup.js';

// Errors a user meets with bad input or a store eqia did not write as it is now: in Welsh for a Welsh
// client (or `errorIn`), in English for an English one, with the same code.

const refusal = (work: Promise<unknown>): Promise<Error> =>
  work.then(
    () => {
      throw new Error('not refused');
    },
    (error: unknown) => error as Error,
  );
const both = async (make: (locale: 'cy' | 'en') => Promise<unknown>) => {
  const [cy, en] = [await refusal(make('cy')), await refusal(make('en'))];
  expect((cy as { code?: string }).code).toBe((en as { code?: string }).code);
  return [en.message, cy.message];
};
const population = {
  csv: 'category,count\nno_religion,40\nchristian,60\n',
  name: 'p.csv',
  kind: 'caseload' as const,
  label: 'children',
  period: '2024',
  area: 'Northshire',
};

describe('errors told in Welsh to a Welsh client', () => {
  it('an analysis asked for a confidence it cannot have, or groups a set has not', async () => {
    const store = createMemoryStore({ profile });
    const ask = async (locale: 'cy' | 'en', request: { confidence?: number; level?: 'groups' }) =>
      (await createClient({ store, user: 'amara', locale })).analyseDisparity({
        categorySet: 'religion',
        population,
        baseline: { ...population, name: 'b.csv' },
        ...request,
      });
    expect(await both((locale) => ask(locale, { confidence: 2 }))).toMatchInlineSnapshot(`
      [
        "The confidence level must lie between 0 and 1 (such as 0.95), not 2.",
        "Rhaid i’r lefel hyder fod rhwng 0 ac 1 (fel 0.95), nid 2.",
      ]
    `);
    expect(await both((locale) => ask(locale, { level: 'groups' }))).toMatchInlineSnapshot(`
      [
        "The census set "religion" has no broader groups: compare it at the level of its categories.",
        "Nid oes grwpiau ehangach gan set y cyfrifiad "religion": cymharwch hi ar lefel ei chategorïau.",
      ]
    `);
  });

  it('a store with no profile, one that cannot be watched, and damaged equality data', async () => {
    // createClient words its own errors in the language it was given first; a caller (the CLI) words
    // them with errorIn where it gave none.
    const empty = { ...createMemoryStore({ profile }), readStoredProfile: async () => undefined };
    const noProfile = await refusal(createClient({ store: empty, user: 'amara', locale: 'cy' }));
    const english = await refusal(createClient({ store: empty, user: 'amara' }));
    expect([english.message, ((await errorIn(english, 'cy')) as Error).message]).toMatchInlineSnapshot(`
      [
        "The store at memory has no profile: run \`eqia init\` there (or call store.init({ profile })), or pass a profile to createClient.",
        "Nid oes proffil gan y storfa yn memory: rhedwch \`eqia init\` yno (neu galw store.init({ profile })), neu rhowch broffil i createClient.",
      ]
    `);
    expect(noProfile.message).toBe(((await errorIn(english, 'cy')) as Error).message);
    const store = createMemoryStore({ profile: cafcassProfile });
    const unwatchable = { ...store, watch: undefined, kind: 'custom', location: 'custom:1' };
    expect(
      await both(async (locale) =>
        (await createClient({ store: unwatchable, user: 'julie', locale })).watch({}),
      ),
    ).toMatchInlineSnapshot(`
      [
        "The custom store at custom:1 cannot be watched: it has no watch(). Use a store that has (memory, SQLite, PostgreSQL), or re-read on a timer.",
        "Ni ellir gwylio’r storfa custom yn custom:1: nid oes watch() ganddi. Defnyddiwch storfa sydd ag un (cof, SQLite, PostgreSQL), neu darllenwch eto ar amserydd.",
      ]
    `);
    await store.appendEqualityData({
      recordedAt: '2026-04-01T09:00:00.000Z',
      recordedBy: 'julie',
      data: { kind: 'pay_gap', dimension: 'sex', period: '2025-26' },
    } as never);
    expect(
      await both(async (locale) => (await createClient({ store, user: 'julie', locale })).data.history()),
    ).toMatchInlineSnapshot(`
      [
        "The eqia store memory holds equality data import 1 that is not shaped as eqia writes it: nothing was changed. Restore the store from your latest backup. What is wrong:
        - data.snapshotDate: missing: give text
        - data.meanHourlyGap: missing: give a number
        - data.medianHourlyGap: missing: give a number
        - data.bonusPaid: missing: give an object { … }
        - data.quartiles: missing: give an object { … }",
        "Mae’r storfa eqia memory yn dal mewnforiad data cydraddoldeb 1 nad yw wedi’i lunio fel y mae eqia yn ei ysgrifennu: ni newidiwyd dim. Adferwch y storfa o’ch copi wrth gefn diweddaraf. Beth sydd o’i le:
        - data.snapshotDate: Mewnbwn annilys: mae angen testun yma, ond nid oes dim
        - data.meanHourlyGap: Mewnbwn annilys: mae angen rhif yma, ond nid oes dim
        - data.medianHourlyGap: Mewnbwn annilys: mae angen rhif yma, ond nid oes dim
        - data.bonusPaid: Mewnbwn annilys: mae angen gwrthrych yma, ond nid oes dim
        - data.quartiles: Mewnbwn annilys: mae angen gwrthrych yma, ond nid oes dim",
      ]
    `);
  });

  it('a store in the old file layout, which eqia only reads', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'eqia-old-'));
    onTestFinished(() => rm(directory, { recursive: true, force: true }));
    const old = openFileLayout(directory);
    const error = await refusal(old.writeProfile(profile as never));
    expect(
      [error.message, ((await errorIn(error, 'cy')) as Error).message].map((text) =>
        text.replaceAll(directory, '<dir>'),
      ),
    ).toMatchInlineSnapshot(`
      [
        "The store at <dir> is in the old file layout, which eqia now only reads: run \`eqia migrate-store --from <dir> --to <new store>\` to move it into SQLite.",
        "Mae’r storfa yn <dir> yn yr hen gynllun ffeiliau, y mae eqia bellach yn ei ddarllen yn unig: rhedwch \`eqia migrate-store --from <dir> --to <storfa newydd>\` i’w symud i SQLite.",
      ]
    `);
  });
});
