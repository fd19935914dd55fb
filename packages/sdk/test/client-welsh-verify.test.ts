import {
  assertKnownCharacteristics,
  type EqiaError,
  type PopulationProfile,
  parseLocales,
  recordWording,
} from '@eqia/core';
import { checkAgainstSet, findCategorySet } from '@eqia/core/analysis';
import { welshMessages } from '@eqia/core/cy';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import type { EqiaClient } from '../src/client/types.js';
import { errorIn } from '../src/language/error-in.js';
import { checkAppendRequest } from '../src/store/append-rules.js';
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
          "cy": "Nid allforyn asesiad eqia yw hwn (y fformat yw "other", disgwylid "eqia.assessment").",
          "en": "This is not an eqia assessment export (format is "other", expected "eqia.assessment").",
        },
        {
          "cy": "Fersiwn fformat 3 yw’r allforyn; mae’r eqia hwn yn darllen fersiynau 1 a 2: uwchraddiwch eqia.",
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

describe('input eqia refuses, worded again in Welsh', () => {
  const said = async (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      const welsh = (await errorIn(error, 'cy')) as EqiaError;
      expect(welsh.code).toBe((error as EqiaError).code);
      return [(error as Error).message, welsh.message];
    }
    throw new Error('nothing was thrown');
  };

  it('names an unknown census set and counts a set does not have', async () => {
    const ethnic = findCategorySet('ethnic_group');
    const strays = { level: 'groups', counts: { asian: 3, gypsy: 2 } } as unknown as PopulationProfile;
    expect([
      await said(() => findCategorySet('ethnicity', [ethnic])),
      await said(() => checkAgainstSet(strays, ethnic, 'baseline')),
    ]).toMatchInlineSnapshot(`
      [
        [
          "There is no census category set "ethnicity". Use one of: ethnic_group.",
          "Nid oes set categorïau cyfrifiad "ethnicity". Defnyddiwch un o: ethnic_group.",
        ],
        [
          "The baseline counts groups that "ethnic_group" does not have:
        - counts.gypsy: unknown; use one of: asian, black, mixed, white, other",
          "Mae’r llinell sylfaen yn cyfrif grwpiau nad ydynt gan "ethnic_group":
        - counts.gypsy: anhysbys; defnyddiwch un o: asian, black, mixed, white, other",
        ],
      ]
    `);
  });

  it('names characteristics the profile does not consider', async () => {
    const content = {
      analysis: { religon: {} },
      evidence: { items: [{ characteristics: ['age', 'sexx'] }] },
    };
    expect(
      await said(() => assertKnownCharacteristics(content, profile, 'The assessment record a.json')),
    ).toMatchInlineSnapshot(`
      [
        "The assessment record a.json names characteristics the profile does not consider: analysis.religon ("religon"), evidence.items.0.characteristics.1 ("sexx"). Use one of: age, disability, gender_reassignment, marriage_civil_partnership, pregnancy_maternity, race, religion_belief, sex, sexual_orientation, carers, language.
        - analysis.religon: unknown characteristic "religon"
        - evidence.items.0.characteristics.1: unknown characteristic "sexx"",
        "Mae cofnod yr asesiad a.json yn enwi nodweddion nad yw’r proffil yn eu hystyried: analysis.religon ("religon"), evidence.items.0.characteristics.1 ("sexx"). Defnyddiwch un o: age, disability, gender_reassignment, marriage_civil_partnership, pregnancy_maternity, race, religion_belief, sex, sexual_orientation, carers, language.
        - analysis.religon: nodwedd anhysbys "religon"
        - evidence.items.0.characteristics.1: nodwedd anhysbys "sexx"",
      ]
    `);
  });

  it('lists what does not line up in a store’s append', async () => {
    const append = {
      id: 'bad id',
      expectedVersion: -1,
      events: [{ seq: 3 }],
      summary: { id: 'other', version: 9 },
    };
    expect(await said(() => checkAppendRequest(append, 'objective'))).toMatchInlineSnapshot(`
      [
        "The append to objective bad id is not valid:
        - id: use letters, digits, and . _ : - only (no spaces)
        - expectedVersion: must be a whole number, 0 to create
        - events.0.seq: must be 0
        - summary.id: must be the objective id bad id
        - summary.version: must be 0",
        "Nid yw’r ychwanegiad at amcan bad id yn ddilys:
        - id: defnyddiwch lythrennau, digidau, a . _ : - yn unig (dim bylchau)
        - expectedVersion: rhaid iddo fod yn rhif cyfan, 0 i greu
        - events.0.seq: rhaid iddo fod yn 0
        - summary.id: rhaid iddo fod yn ddynodydd yr amcan, bad id
        - summary.version: rhaid iddo fod yn 0",
      ]
    `);
    expect(await said(() => checkAppendRequest({ ...append, events: [] }))).toMatchInlineSnapshot(`
      [
        "The append to assessment bad id is not valid:
        - id: use letters, digits, and . _ : - only (no spaces)
        - expectedVersion: must be a whole number, 0 to create
        - events: an append needs at least one event
        - summary.id: must be the assessment id bad id
        - summary.version: must be -1",
        "Nid yw’r ychwanegiad at asesiad bad id yn ddilys:
        - id: defnyddiwch lythrennau, digidau, a . _ : - yn unig (dim bylchau)
        - expectedVersion: rhaid iddo fod yn rhif cyfan, 0 i greu
        - events: mae ychwanegiad angen o leiaf un digwyddiad
        - summary.id: rhaid iddo fod yn ddynodydd yr asesiad, bad id
        - summary.version: rhaid iddo fod yn -1",
      ]
    `);
  });

  it('says which languages it speaks', () => {
    const given = parseLocales('fr, gd');
    const none = parseLocales(' , ');
    if (!('told' in given && 'told' in none)) throw new Error('parsed');
    expect(
      [given, none].map(({ error, told }) => [error, recordWording(welshMessages.records, told)]),
    ).toMatchInlineSnapshot(`
      [
        [
          ""fr", "gd" is not a language eqia speaks: use en (English), cy (Cymraeg) or both, as in cy,en",
          "Nid yw "fr", "gd" yn iaith y mae eqia yn ei siarad: defnyddiwch en (Saesneg), cy (Cymraeg) neu’r ddwy, fel yn cy,en",
        ],
        [
          "no language given: use en (English), cy (Cymraeg) or both, as in cy,en",
          "ni roddwyd iaith: defnyddiwch en (Saesneg), cy (Cymraeg) neu’r ddwy, fel yn cy,en",
        ],
      ]
    `);
  });
});
