import type { EqiaError } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import type { EqiaClient } from '../src/client/types.js';
import { copyStore } from '../src/store/copy-store.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { profile, world } from './client-setup.js';

// Why verify finds a record broken, what an objective needs attention for and why an export or plain
// record is refused: the same data, worded in the client's language (core's `records` and `attention`,
// the SDK's `verify`).

const welshBody = { ...profile, languages: { publishes: ['cy', 'en'] as const, default: 'cy' as const } };
const refused = (work: Promise<unknown>) =>
  work.then(
    () => undefined,
    (error: unknown) => error as EqiaError,
  );

async function recorded() {
  const w = world({ profile: welshBody });
  const welsh = await w.as('amara');
  const english = await createClient({ store: w.store, user: 'amara', locale: 'en' });
  const { assessment } = await english.create({ title: 'Car parking' });
  await english.edit(assessment.id, 'policy', (p) => {
    p.team = 'Estates';
  });
  const stored = w.backing.assessments.get(assessment.id);
  if (!stored) throw new Error('stored');
  return { w, welsh, english, id: assessment.id, stored };
}

const reasons = async ({ welsh, english }: { welsh: EqiaClient; english: EqiaClient }, id: string) => {
  const [cy, en] = await Promise.all([welsh.verify(id), english.verify(id)]);
  return { cy: cy.ok || cy.reason, en: en.ok || en.reason };
};

describe('verify, in the client’s language', () => {
  it('says where a chain breaks', async () => {
    const world = await recorded();
    (world.stored.events[1]!.event as { at: string }).at = '2020-01-01T00:00:00.000Z';
    expect(await reasons(world, world.id)).toMatchInlineSnapshot(`
      {
        "cy": "nid yw cofnod 2 yn cyfateb i’w hash: golygwyd ei gynnwys",
        "en": "entry 2 does not match its hash: its content was edited",
      }
    `);
  });

  it('says a snapshot, a summary or a digest was changed behind the log', async () => {
    const world = await recorded();
    world.stored.summary.team = 'Facilities';
    expect(await reasons(world, world.id)).toMatchInlineSnapshot(`
      {
        "cy": "mae’r crynodeb a gadwyd (yr hyn y mae list a show yn ei argraffu) yn wahanol i’r log yn team: fe’i newidiwyd y tu allan i’r log",
        "en": "the stored summary (what list and show print) differs from the log in team: it was changed outside the log",
      }
    `);
    world.stored.snapshot.assessment.policy.team = 'Facilities';
    expect(await reasons(world, world.id)).toMatchInlineSnapshot(`
      {
        "cy": "mae’r ciplun a gadwyd yn wahanol i’r hyn y mae’r log yn ei ailchwarae iddo: fe’i newidiwyd y tu allan i’r log",
        "en": "the stored snapshot differs from what the log replays to: it was changed outside the log",
      }
    `);
  });

  it('says the profile was changed outside eqia', async () => {
    const world = await recorded();
    const ops = await world.w.as('ops');
    await ops.updateProfile((draft) => {
      draft.reviewIntervalMonths = 24;
    });
    const held = world.w.backing.profile!;
    world.w.backing.profile = { ...held, reviewIntervalMonths: 36 };
    const [cy, en] = await Promise.all([world.welsh.verifyProfile(), world.english.verifyProfile()]);
    expect({ cy: cy.ok || cy.reason, en: en.ok || en.reason }).toMatchInlineSnapshot(`
      {
        "cy": "mae’r proffil yn wahanol i’r hyn a wnaeth ei newid olaf a gofnodwyd: fe’i newidiwyd y tu allan i eqia",
        "en": "the profile differs from what its last recorded change made it: it was changed outside eqia",
      }
    `);
  });
});

describe('an objective, in the client’s language', () => {
  async function objective() {
    const w = world({ profile: welshBody });
    const julie = await w.as('julie');
    const english = await createClient({ store: w.store, user: 'julie', locale: 'en' });
    const { objective } = await english.objectives.create({
      title: 'Leadership and commitment',
      statement: 'Leaders model inclusive behaviour.',
      owner: 'julie',
      period: { start: '2020-04-01', end: '2026-03-31' },
    });
    return { w, julie, english, id: objective.id };
  }

  it('says what needs attention', async () => {
    const { julie, english, id } = await objective();
    const [cy, en] = await Promise.all([julie.objectives.get(id), english.objectives.get(id)]);
    expect({
      cy: cy.attention.map((a) => a.message),
      en: en.attention.map((a) => a.message),
    }).toMatchInlineSnapshot(`
        {
          "cy": [
            "Mae ei gyfnod (2020-04-01 i 2026-03-31) yn hwy na 4 blynedd: mae’r dyletswyddau penodol yn gofyn i amcanion gael eu gosod eto o leiaf bob 4 blynedd.",
          ],
          "en": [
            "Its period (2020-04-01 to 2026-03-31) is longer than 4 years: the specific duties ask for objectives to be set again at least every 4 years.",
          ],
        }
      `);
    expect(cy.attention.map((a) => a.kind)).toEqual(en.attention.map((a) => a.kind));
  });

  it('says where its log breaks', async () => {
    const { w, julie, english, id } = await objective();
    const stored = w.backing.objectives.get(id)!;
    (stored.events[0]!.event as { at: string }).at = '2020-01-01T00:00:00.000Z';
    const [cy, en] = await Promise.all([julie.objectives.verify(id), english.objectives.verify(id)]);
    expect({ cy: cy.ok || cy.reason, en: en.ok || en.reason }).toMatchInlineSnapshot(`
      {
        "cy": "nid yw cofnod 1 yn cyfateb i’w hash: golygwyd ei gynnwys",
        "en": "entry 1 does not match its hash: its content was edited",
      }
    `);
  });
});

describe('an import refused, in the client’s language', () => {
  it('says an export is of another format or a newer version', async () => {
    const w = world({ profile: welshBody });
    const ops = await w.as('ops');
    const opsEn = await createClient({ store: w.store, user: 'ops', locale: 'en' });
    const said = [];
    for (const text of ['{"format":"other"}', '{"format":"eqia.assessment","formatVersion":3}']) {
      const [cy, en] = await Promise.all([
        refused(ops.importAssessment(text)),
        refused(opsEn.importAssessment(text)),
      ]);
      expect(cy?.code).toBe(en?.code);
      said.push({ cy: cy?.message, en: en?.message });
    }
    expect(said).toMatchInlineSnapshot(`
      [
        {
          "cy": "Nid allforiad asesiad eqia yw hwn (y fformat yw "other", disgwylid "eqia.assessment").",
          "en": "This is not an eqia assessment export (format is "other", expected "eqia.assessment").",
        },
        {
          "cy": "Fersiwn fformat 3 yw’r allforiad; mae’r eqia hwn yn darllen fersiynau 1 a 2: uwchraddiwch eqia.",
          "en": "The export is format version 3; this eqia reads versions 1 and 2: upgrade eqia.",
        },
      ]
    `);
  });

  it('says a plain record must say who signed it off, or be imported as historical', async () => {
    const w = world({ profile: welshBody });
    const ops = await w.as('ops');
    const record = JSON.stringify({ id: 'library-2023', policy: { title: 'Library hours' } });
    const signed = JSON.stringify({
      id: 'library-2024',
      policy: { title: 'Library hours' },
      signedOff: { by: 'Director', role: 'Director', on: '2023-06-30' },
    });
    const historical = await refused(ops.importRecord(record, { source: 'library.docx', historical: true }));
    const notHistorical = await refused(ops.importRecord(signed, { source: 'library.docx' }));
    expect([historical?.message, notHistorical?.message]).toMatchInlineSnapshot(`
      [
        "Mae library.docx yn cael ei fewnforio fel un hanesyddol ond nid yw’n dweud pwy a’i cymeradwyodd: ychwanegwch "signedOff": { "by": "…", "role": "…", "on": "BBBB-MM-DD" }.
        - signedOff: yn ofynnol gyda --historical",
        "Mae library.docx yn dweud iddo gael ei gymeradwyo y tu allan i eqia: mewnforiwch ef gyda --historical, fel ei fod yn cael ei nodi felly.
        - signedOff: dim ond gyda --historical",
      ]
    `);
    expect(historical?.code).toBe('VALIDATION');
  });
});

describe('copyStore, in its language', () => {
  it('says where a chain breaks, in Welsh when asked', async () => {
    const { w, stored } = await recorded();
    (stored.events[1]!.event as { at: string }).at = '2020-01-01T00:00:00.000Z';
    const copied = await refused(copyStore(w.store, createMemoryStore(), { locale: 'cy' }));
    expect(copied?.message).toMatchInlineSnapshot(
      `"Nid yw cadwyn archwilio asesiad car-parking yn memory yn dilysu yng nghofnod 2 (nid yw cofnod 2 yn cyfateb i’w hash: golygwyd ei gynnwys): stopiodd y copi yno. Ymchwiliwch i’r hanes hwnnw cyn mudo."`,
    );
  });
});
