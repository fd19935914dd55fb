import { describe, expect, it } from 'vitest';
import { welshMessages } from '../src/cy.js';
import {
  assertKnownCharacteristics,
  cafcassProfile,
  checkAgainstSet,
  type EqiaError,
  englishAttentionWords,
  englishRecordWords,
  findCategorySet,
  messageTexts,
  parseExportDocument,
  recordEvent,
  recordTold,
  recordWording,
  type Told,
  type ValidationError,
  verifyChain,
} from '../src/index.js';
import { foldObjectiveLog, objectiveAttention } from '../src/objectives.js';
import { ObjectiveLog, viewer } from './fixtures/objectives.js';

// What core says of a record it reads, and what an objective needs attention for: told as data, worded
// in English by core and in Welsh from the same data, with every message in both languages.

const both = (told: Told) => ({
  en: recordWording(englishRecordWords, told),
  cy: recordWording(welshMessages.records, told),
});

const thrown = (run: () => unknown): EqiaError => {
  try {
    run();
  } catch (error) {
    return error as EqiaError;
  }
  throw new Error('nothing was thrown');
};

describe('what core says of a record, in English and Welsh', () => {
  it('has every message in both languages, each with the same values', () => {
    const en = messageTexts(englishRecordWords);
    const cy = messageTexts(welshMessages.records);
    expect(Object.keys(cy)).toEqual(Object.keys(en));
    for (const [id, text] of Object.entries(en))
      for (const value of text.match(/\{\w+\}/g) ?? []) expect(cy[id], id).toContain(value);
    // Every message pinned as a reviewer reads it, each value in braces.
    expect(Object.entries(en).map(([id, text]) => `${id}: ${text} | ${cy[id]}`)).toMatchInlineSnapshot(`
      [
        "notEntry: entry {seq} is not a log entry (no hash) | nid yw cofnod {seq} yn gofnod log (dim hash)",
        "wrongSeq: entry {seq} says it is entry {says}: an entry was removed, inserted or moved | mae cofnod {seq} yn dweud mai cofnod {says} ydyw: tynnwyd, mewnosodwyd neu symudwyd cofnod",
        "unlinked: entry {seq} does not link to the entry before it: an earlier entry was changed, removed or inserted | nid yw cofnod {seq} yn cysylltu â’r cofnod o’i flaen: newidiwyd, tynnwyd neu fewnosodwyd cofnod cynharach",
        "unhashable: entry {seq} cannot be hashed: {error} | ni ellir cyfrifo hash cofnod {seq}: {error}",
        "edited: entry {seq} does not match its hash: its content was edited | nid yw cofnod {seq} yn cyfateb i’w hash: golygwyd ei gynnwys",
        "profileOutside: the profile differs from what its last recorded change made it: it was changed outside eqia | mae’r proffil yn wahanol i’r hyn a wnaeth ei newid olaf a gofnodwyd: fe’i newidiwyd y tu allan i eqia",
        "notObjectiveEvent: entry {seq} is not an objective event | nid yw cofnod {seq} yn ddigwyddiad amcan",
        "refusedToday: entry {seq} would be refused today: {refusal} | byddai cofnod {seq} yn cael ei wrthod heddiw: {refusal}",
        "emptyLog: the log is empty | mae’r log yn wag",
        "keyUnknown: key {key} is not registered in the profile | nid yw allwedd {key} wedi’i chofrestru yn y proffil",
        "keyOtherUser: key {key} is {owner}'s, not {user}'s | allwedd {owner} yw {key}, nid allwedd {user}",
        "keyImported: key {key} came with the import of {assessments} and checks only those sign-offs | daeth allwedd {key} gyda mewnforio {assessments} ac mae’n gwirio’r cymeradwyaethau hynny yn unig",
        "keyRevoked: key {key} was revoked at {at} | dirymwyd allwedd {key} am {at}",
        "keyNotYet: key {key} was valid only from {from} | roedd allwedd {key} yn ddilys o {from} yn unig",
        "keyExpired: key {key} expired at {at} | daeth allwedd {key} i ben am {at}",
        "notExport: This is not an eqia assessment export (format is {format}, expected "{expected}"). | Nid allforyn asesiad eqia yw hwn (y fformat yw {format}, disgwylid "{expected}").",
        "exportVersion: The export is format version {version}; this eqia reads versions {earlier} and {last}. | Fersiwn fformat {version} yw’r allforyn; mae’r eqia hwn yn darllen fersiynau {earlier} a {last}.",
        "exportNewer: The export is format version {version}; this eqia reads versions {earlier} and {last}: upgrade eqia. | Fersiwn fformat {version} yw’r allforyn; mae’r eqia hwn yn darllen fersiynau {earlier} a {last}: uwchraddiwch eqia.",
        "exportChain: The export's log does not verify at index {index}: {because}. | Nid yw log yr allforyn yn cael ei ddilysu ym mynegai {index}: {because}.",
        "exportDiffers: The assessment in the export differs from what its log replays to: it was changed outside the log. | Mae’r asesiad yn yr allforyn yn wahanol i’r hyn y mae ei log yn ei ailchwarae iddo: fe’i newidiwyd y tu allan i’r log.",
        "noCensusSet: There is no census category set "{id}". Use one of: {sets}. | Nid oes set categorïau cyfrifiad "{id}". Defnyddiwch un o: {sets}.",
        "strayCounts: The {what} counts {level} that "{set}" does not have: | Mae’r {what} yn cyfrif {level} nad ydynt gan "{set}":",
        "strayId: unknown; use one of: {valid} | anhysbys; defnyddiwch un o: {valid}",
        "unknownCharacteristics: {what} names characteristics the profile does not consider: {named}. Use one of: {known}. | Mae {what} yn enwi nodweddion nad yw’r proffil yn eu hystyried: {named}. Defnyddiwch un o: {known}.",
        "unknownCharacteristic: unknown characteristic "{id}" | nodwedd anhysbys "{id}"",
        "localeUnknown: {given} is not a language eqia speaks: use en (English), cy (Cymraeg) or both, as in cy,en | Nid yw {given} yn iaith y mae eqia yn ei siarad: defnyddiwch en (Saesneg), cy (Cymraeg) neu’r ddwy, fel yn cy,en",
        "localeNone: no language given: use en (English), cy (Cymraeg) or both, as in cy,en | ni roddwyd iaith: defnyddiwch en (Saesneg), cy (Cymraeg) neu’r ddwy, fel yn cy,en",
        "appendInvalid: The append to {kind} {id} is not valid: | Nid yw’r ychwanegiad at {kind} {id} yn ddilys:",
        "appendVersion: must be a whole number, 0 to create | rhaid iddo fod yn rhif cyfan, 0 i greu",
        "appendEvents: an append needs at least one event | mae ychwanegiad angen o leiaf un digwyddiad",
        "appendMust: must be {value} | rhaid iddo fod yn {value}",
        "appendSummaryId: must be the {kind} id {id} | rhaid iddo fod yn ddynodydd yr {kind}, {id}",
        "historicalUnsigned: {source} is imported as historical but does not say who signed it off: add "signedOff": { "by": "…", "role": "…", "on": "YYYY-MM-DD" }. | Mae {source} yn cael ei fewnforio fel un hanesyddol ond nid yw’n dweud pwy a’i cymeradwyodd: ychwanegwch "signedOff": { "by": "…", "role": "…", "on": "BBBB-MM-DD" }.",
        "signedNotHistorical: {source} says it was signed off outside eqia: import it with --historical, so that it is marked as such. | Mae {source} yn dweud iddo gael ei gymeradwyo y tu allan i eqia: mewnforiwch ef gyda --historical, fel ei fod yn cael ei nodi felly.",
      ]
    `);
  });

  it('words where a chain breaks from its told id and values, the English as core said it', () => {
    const first = recordEvent(undefined, { n: 1 });
    const edited = { ...recordEvent(first, { n: 2 }), event: { n: 20 } };
    const chain = verifyChain([first, edited]);
    if (chain.ok) throw new Error('the chain verified');
    expect(chain.told).toEqual({ id: 'edited', values: { seq: '2' } });
    expect(both(chain.told)).toMatchInlineSnapshot(`
      {
        "cy": "nid yw cofnod 2 yn cyfateb i’w hash: golygwyd ei gynnwys",
        "en": "entry 2 does not match its hash: its content was edited",
      }
    `);
    expect(both(chain.told).en).toBe(chain.reason);
  });

  it('words a message inside another (an export whose chain breaks) from the told values of both', () => {
    const told = recordTold('exportChain', { index: '1' }, { id: 'unlinked', values: { seq: '2' } }).told;
    expect(told).toEqual({ id: 'exportChain', values: { seq: '2', index: '1', because: 'unlinked' } });
    expect(both(told)).toMatchInlineSnapshot(`
      {
        "cy": "Nid yw log yr allforyn yn cael ei ddilysu ym mynegai 1: nid yw cofnod 2 yn cysylltu â’r cofnod o’i flaen: newidiwyd, tynnwyd neu fewnosodwyd cofnod cynharach.",
        "en": "The export's log does not verify at index 1: entry 2 does not link to the entry before it: an earlier entry was changed, removed or inserted.",
      }
    `);
    expect(recordWording(englishRecordWords, { id: 'noSuchMessage', values: {} })).toBe('noSuchMessage');
  });

  it('tells an export of another format, or of a version this eqia does not read', () => {
    const format = thrown(() => parseExportDocument('{"format":"other","formatVersion":2}'));
    expect(format.code).toBe('VALIDATION');
    expect({ message: format.message, ...both(format.told!) }).toMatchInlineSnapshot(`
      {
        "cy": "Nid allforyn asesiad eqia yw hwn (y fformat yw "other", disgwylid "eqia.assessment").",
        "en": "This is not an eqia assessment export (format is "other", expected "eqia.assessment").",
        "message": "This is not an eqia assessment export (format is "other", expected "eqia.assessment").",
      }
    `);
    const missing = thrown(() => parseExportDocument('{}'));
    expect(missing.told?.values.format).toBe('undefined');
    const newer = thrown(() => parseExportDocument('{"format":"eqia.assessment","formatVersion":3}'));
    expect(newer.code).toBe('UNSUPPORTED_VERSION');
    expect({ message: newer.message, ...both(newer.told!) }).toMatchInlineSnapshot(`
      {
        "cy": "Fersiwn fformat 3 yw’r allforyn; mae’r eqia hwn yn darllen fersiynau 1 a 2: uwchraddiwch eqia.",
        "en": "The export is format version 3; this eqia reads versions 1 and 2: upgrade eqia.",
        "message": "The export is format version 3; this eqia reads versions 1 and 2: upgrade eqia.",
      }
    `);
    for (const version of ['0', '"2"'])
      expect(
        both(
          thrown(() => parseExportDocument(`{"format":"eqia.assessment","formatVersion":${version}}`)).told!,
        ),
      ).toEqual({
        en: `The export is format version ${version}; this eqia reads versions 1 and 2.`,
        cy: `Fersiwn fformat ${version} yw’r allforyn; mae’r eqia hwn yn darllen fersiynau 1 a 2.`,
      });
  });

  it('tells why an objective’s log does not fold, a refusal inside as core worded it', () => {
    const log = new ObjectiveLog();
    log.create();
    log.entries.push(
      recordEvent(log.entries.at(-1), {
        type: 'submitObjective',
        by: viewer,
        at: '2026-04-02T09:00:00.000Z',
      }),
    );
    const refused = thrown(() => foldObjectiveLog(log.entries));
    expect(refused.told?.id).toBe('refusedToday');
    expect(refused.told?.values.seq).toBe('2');
    expect(refused.message).toBe(`entry 2 would be refused today: ${(refused.cause as Error).message}`);
    const junk = thrown(() => foldObjectiveLog([recordEvent(undefined, { type: 'nothing' })]));
    expect({ message: junk.message, ...both(junk.told!) }).toMatchInlineSnapshot(`
      {
        "cy": "nid yw cofnod 1 yn ddigwyddiad amcan",
        "en": "entry 1 is not an objective event",
        "message": "entry 1 is not an objective event",
      }
    `);
    const empty = thrown(() => foldObjectiveLog([]));
    expect([empty.message, both(empty.told!).cy]).toEqual(['the log is empty', 'mae’r log yn wag']);
    const broken = thrown(() => foldObjectiveLog([{ ...log.entries[0]!, seq: 2 }]));
    expect(broken.told).toEqual({ id: 'wrongSeq', values: { seq: '1', says: '2' } });
  });
});

describe('input core refuses, told as data', () => {
  it('names each characteristic the profile does not consider, one or more, each issue told too', () => {
    const one = thrown(() =>
      assertKnownCharacteristics({ analysis: { religon: {} } }, cafcassProfile, 'The answers'),
    ) as ValidationError;
    expect(one.message).toMatchInlineSnapshot(`
      "The answers names a characteristic the profile does not consider: analysis.religon ("religon"). Use one of: age, disability, gender_reassignment, marriage_civil_partnership, pregnancy_maternity, race, religion_belief, sex, sexual_orientation, carers, language.
        - analysis.religon: unknown characteristic "religon""
    `);
    expect(one.told).toEqual({
      id: 'unknownCharacteristics',
      values: {
        what: 'The answers',
        count: '1',
        named: 'analysis.religon ("religon")',
        known: expect.stringMatching(/^age, disability, /),
      },
    });
    expect(one.issues).toEqual([
      {
        path: 'analysis.religon',
        message: 'unknown characteristic "religon"',
        told: { id: 'unknownCharacteristic', values: { id: 'religon' } },
      },
    ]);
    const two = thrown(() =>
      assertKnownCharacteristics({ analysis: { religon: {}, sexx: {} } }, cafcassProfile, 'The answers'),
    );
    expect(both(two.told!).en).toMatch(/^The answers names characteristics the profile/);
    expect(both(two.told!).cy).toMatch(/^Mae The answers yn enwi nodweddion nad/);
    expect(both(one.told!).cy).toMatch(/^Mae The answers yn enwi nodwedd nad/);
    expect(() => assertKnownCharacteristics({ analysis: { age: {} } }, cafcassProfile, 'x')).not.toThrow();
  });

  it('names counts a census set does not have, at the level counted, each issue told too', () => {
    const set = findCategorySet('ethnic_group');
    const error = thrown(() =>
      checkAgainstSet(
        { level: 'categories', counts: { white_british: 1, martian: 2 } } as never,
        set,
        'profile',
      ),
    ) as ValidationError;
    expect(both(error.told!)).toMatchInlineSnapshot(`
      {
        "cy": "Mae’r proffil yn cyfrif categorïau nad ydynt gan "ethnic_group":",
        "en": "The profile counts categories that "ethnic_group" does not have:",
      }
    `);
    expect(error.issues.map((issue) => [issue.path, issue.told?.id])).toEqual([
      ['counts.martian', 'strayId'],
    ]);
    expect(thrown(() => findCategorySet('heritage', [set])).told).toEqual({
      id: 'noCensusSet',
      values: { id: 'heritage', sets: 'ethnic_group' },
    });
  });
});

describe('what an objective needs attention for, in English and Welsh', () => {
  it('words each kind from its fields, English as core gives it', () => {
    const objective = new ObjectiveLog().create({ period: { start: '2026-04-01', end: '2030-04-02' } });
    const found = objectiveAttention({ ...objective, status: 'approved' }, '2030-05-01');
    expect(found.map((item) => item.kind)).toEqual([
      'period_too_long',
      'review_due',
      'update_due',
      'milestone_overdue',
    ]);
    expect(
      found.map(({ kind, message }) => ({
        kind,
        en: message,
        cy: (welshMessages.attention[kind] as (values: object) => string)(
          found.find((item) => item.kind === kind)!,
        ),
      })),
    ).toMatchInlineSnapshot(`
      [
        {
          "cy": "Mae ei gyfnod (2026-04-01 i 2030-04-02) yn hwy na 4 blynedd: mae’r dyletswyddau penodol yn gofyn i amcanion gael eu gosod eto o leiaf bob 4 blynedd.",
          "en": "Its period (2026-04-01 to 2030-04-02) is longer than 4 years: the specific duties ask for objectives to be set again at least every 4 years.",
          "kind": "period_too_long",
        },
        {
          "cy": "Daeth ei gyfnod i ben ar 2030-04-02: dywedwch a gafodd ei gyflawni, caewch ef neu gosodwch amcan newydd.",
          "en": "Its period ended on 2030-04-02: say whether it was met, close it or set a new objective.",
          "kind": "review_due",
        },
        {
          "cy": "Ni chofnodwyd cynnydd ers 2026-04-01: mae diweddariad yn ddyledus bob 3 mis.",
          "en": "No progress recorded since 2026-04-01: an update is due every 3 months.",
          "kind": "update_due",
        },
        {
          "cy": "Roedd carreg filltir “New case-recording fields live” i fod erbyn 2026-09-30.",
          "en": "Milestone "New case-recording fields live" was due on 2026-09-30.",
          "kind": "milestone_overdue",
        },
      ]
    `);
    expect(Object.keys(welshMessages.attention)).toEqual(Object.keys(englishAttentionWords));
  });
});
