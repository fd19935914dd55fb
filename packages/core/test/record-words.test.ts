import { describe, expect, it } from 'vitest';
import { checkAgainstSet, findCategorySet } from '../src/analysis.js';
import { welshMessages } from '../src/cy.js';
import { parseExportDocument } from '../src/exchange.js';
import {
  assertKnownCharacteristics,
  cafcassProfile,
  type EqiaError,
  englishAttentionWords,
  englishRecordWords,
  messageTexts,
  recordEvent,
  recordTold,
  recordWording,
  type Told,
  type ValidationError,
  verifyChain,
} from '../src/index.js';
import { englishCsvWords } from '../src/labels/csv-words.js';
import { englishInsightWords } from '../src/labels/insight-words.js';
import { englishOnDemandWords } from '../src/labels/on-demand-words.js';
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
    // A CSV's messages, the analysis's and those of code loaded on demand are areas of their own in English
    // (loaded with the code that throws them) and among the records in Welsh.
    const en = messageTexts({
      ...englishRecordWords,
      ...englishInsightWords,
      ...englishOnDemandWords,
      ...englishCsvWords,
    });
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
        "editUnknownCharacteristics: The edit names characteristics this profile does not have: {ids}. Nothing was recorded. Use one of: {known}. | Mae’r golygiad yn enwi nodweddion nad ydynt gan y proffil hwn: {ids}. Ni chofnodwyd dim. Defnyddiwch un o: {known}.",
        "notProfileCharacteristic: not a characteristic of the profile | nid yw’n un o nodweddion y proffil",
        "logStartsWith: A log must start with a create event; this one starts with {type}. | Rhaid i log ddechrau â digwyddiad create; mae’r un hwn yn dechrau â: {type}.",
        "logStartsEmpty: A log must start with a create event; this one starts with nothing. | Rhaid i log ddechrau â digwyddiad create; nid oes digwyddiadau yn yr un hwn.",
        "cannotReplay: Log entry {seq} ({type}) cannot be replayed: {refusal} | Ni ellir ail-chwarae cofnod {seq} o’r log ({type}): {refusal}",
        "localeUnknown: {given} is not a language eqia speaks: use en (English), cy (Cymraeg) or both, as in cy,en | Nid yw {given} yn iaith y mae eqia yn ei siarad: defnyddiwch en (Saesneg), cy (Cymraeg) neu’r ddwy, fel yn cy,en",
        "localeNone: no language given: use en (English), cy (Cymraeg) or both, as in cy,en | ni roddwyd iaith: defnyddiwch en (Saesneg), cy (Cymraeg) neu’r ddwy, fel yn cy,en",
        "appendInvalid: The append to {kind} {id} is not valid: | Nid yw’r ychwanegiad at {kind} {id} yn ddilys:",
        "appendVersion: must be a whole number, 0 to create | rhaid iddo fod yn rhif cyfan, 0 i greu",
        "appendEvents: an append needs at least one event | mae ychwanegiad angen o leiaf un digwyddiad",
        "appendMust: must be {value} | rhaid iddo fod yn {value}",
        "appendSummaryId: must be the {kind} id {id} | rhaid iddo fod yn ddynodydd yr {kind}, {id}",
        "historicalUnsigned: {source} is imported as historical but does not say who signed it off: add "signedOff": { "by": "…", "role": "…", "on": "YYYY-MM-DD" }. | Mae {source} yn cael ei fewnforio fel un hanesyddol ond nid yw’n dweud pwy a’i cymeradwyodd: ychwanegwch "signedOff": { "by": "…", "role": "…", "on": "BBBB-MM-DD" }.",
        "signedNotHistorical: {source} says it was signed off outside eqia: import it with --historical, so that it is marked as such. | Mae {source} yn dweud iddo gael ei gymeradwyo y tu allan i eqia: mewnforiwch ef gyda --historical, fel ei fod yn cael ei nodi felly.",
        "unlikeSides: The profile counts {profile} by "{profileSet}" but the baseline counts {baseline} by "{baselineSet}": compare like with like. | Mae’r proffil yn cyfrif {profile} yn ôl "{profileSet}" ond mae’r llinell sylfaen yn cyfrif {baseline} yn ôl "{baselineSet}": cymharwch debyg â thebyg.",
        "groupsOnly: One side counts broad groups only, so the comparison cannot be by category: compare with \`level: "groups"\`. | Mae un ochr yn cyfrif grwpiau bras yn unig, felly ni ellir cymharu fesul categori: cymharwch â \`level: "groups"\`.",
        "evidenceTaken: Evidence "{id}" already exists and is not a disparity analysis: choose another evidence id. | Mae tystiolaeth "{id}" yn bod eisoes ac nid dadansoddiad gwahaniaeth mohoni: dewiswch id tystiolaeth arall.",
        "evidenceSame: Evidence "{id}" already holds exactly this analysis: nothing was recorded. | Mae tystiolaeth "{id}" eisoes yn dal yr union ddadansoddiad hwn: ni chofnodwyd dim.",
        "newWithEditors: A new assessment has no editors yet, but this one lists {editors}: the lifecycle adds each editor as they record an edit. | Nid oes golygyddion gan asesiad newydd eto, ond mae’r un hwn yn rhestru {editors}: mae’r cylch bywyd yn ychwanegu pob golygydd wrth iddynt gofnodi golygiad.",
        "editOutside: An edit of "{section}" may only change paths under /{section}; this one touches /{path}. | Dim ond llwybrau o dan /{section} y caiff golygiad o "{section}" eu newid; mae’r un hwn yn cyffwrdd â /{path}.",
        "editScreening: The screening decision changes only through a screening event (screen), so that it is recorded with its rationale. | Dim ond drwy ddigwyddiad sgrinio (screen) y mae’r penderfyniad sgrinio yn newid, fel y caiff ei gofnodi gyda’i resymeg.",
        "editInvalid: The edit of "{section}" would make the assessment invalid: | Byddai’r golygiad o "{section}" yn gwneud yr asesiad yn annilys:",
        "editWelshForeign: An edit of "{section}" may only change the Welsh text of its own fields; this one changes {key}. | Dim ond testun Cymraeg ei feysydd ei hun y caiff golygiad o "{section}" ei newid; mae’r un hwn yn newid {key}.",
        "editWelshInvalid: The edit of "{section}" would make its Welsh text invalid: | Byddai’r golygiad o "{section}" yn gwneud ei destun Cymraeg yn annilys:",
        "editUnapplied: The edit of "{section}" cannot be applied: {error} | Ni ellir gweithredu’r golygiad o "{section}": {error}",
        "noGroups: The census set "{set}" has no broader groups: compare it at the level of its categories. | Nid oes grwpiau ehangach gan set y cyfrifiad "{set}": cymharwch hi ar lefel ei chategorïau.",
        "snapshotUnversioned: The snapshot has no valid snapshotVersion (found {found}): it was not written by eqia. | Nid oes snapshotVersion dilys gan y ciplun (cafwyd {found}): nid eqia a’i hysgrifennodd.",
        "snapshotNewer: The snapshot is version {version}, newer than this eqia understands (up to {latest}): upgrade eqia. | Fersiwn {version} yw’r ciplun, sy’n fwy newydd nag y mae’r eqia hwn yn ei ddeall (hyd at {latest}): uwchraddiwch eqia.",
        "confidenceRange: The confidence level must lie between 0 and 1 (such as 0.95), not {value}. | Rhaid i’r lefel hyder fod rhwng 0 ac 1 (fel 0.95), nid {value}.",
        "wilsonCounts: A Wilson interval needs whole numbers 0 ≤ count ≤ total and total > 0, not {count} of {of}. | Mae cyfwng Wilson angen rhifau cyfan 0 ≤ nifer ≤ cyfanswm a chyfanswm > 0, nid {count} o {of}.",
        "thresholdWhole: The small-count threshold must be a whole number, 0 or more, not {value}. | Rhaid i’r trothwy cyfrif bach fod yn rhif cyfan, 0 neu fwy, nid {value}.",
        "objectiveUnversioned: An objective in the store at {location} has no valid snapshotVersion (found {found}): it was not written by eqia. | Nid oes snapshotVersion dilys gan amcan yn y storfa yn {location} (cafwyd {found}): nid eqia a’i hysgrifennodd.",
        "objectiveNewer: An objective in the store at {location} was written by a newer eqia (snapshot version {version}): upgrade eqia to read it. | Ysgrifennwyd amcan yn y storfa yn {location} gan eqia mwy newydd (fersiwn ciplun {version}): uwchraddiwch eqia i’w ddarllen.",
        "badClock: The check clock "{now}" is not an ISO date-time: pass one such as 2026-03-02T10:00:00Z. | Nid yw cloc y gwiriadau "{now}" yn ddyddiad ac amser ISO: rhowch un fel 2026-03-02T10:00:00Z.",
        "csvUnreadable: {what} cannot be read: | Ni ellir darllen {what}:",
        "at: line {line} | llinell {line}",
        "atColumn: line {line}, column {column} | llinell {line}, colofn {column}",
        "atMissing: missing | ar goll",
        "quoteOpen: a quote is not closed: wrap a label in "double quotes" and close them | nid yw dyfynnod wedi’i gau: rhowch label mewn "dyfynodau dwbl" a’u cau",
        "countsHeader: the first line must be the header "category,count", not "{found}" | rhaid i’r llinell gyntaf fod yn bennawd "category,count", nid "{found}"",
        "countsFields: expected 2 fields (category,count) but found {count}: quote a label or number that contains a comma | disgwyliwyd 2 faes (category,count) ond cafwyd: {count}. Rhowch label neu rif sy’n cynnwys coma mewn dyfynodau",
        "notKnownAgain: "not known" is given again (first on line {first}): add them into one row | rhoddir "not known" eto (gyntaf ar linell {first}): adiwch nhw at ei gilydd mewn un rhes",
        "totalAgain: the total is given again (first on line {first}) | rhoddir y cyfanswm eto (gyntaf ar linell {first})",
        "countsEmpty: the file is empty: start with the header "category,count" | mae’r ffeil yn wag: dechreuwch gyda’r pennawd "category,count"",
        "noCounts: there are no counts under the header | nid oes cyfrifon o dan y pennawd",
        "groupAmongCategories: "{name}" is a broad group but the other rows are categories: use one level throughout | mae "{name}" yn grŵp bras ond categorïau yw’r rhesi eraill: defnyddiwch un lefel drwyddi draw",
        "categoryAmongGroups: "{name}" is a category but the other rows are groups: use one level throughout | mae "{name}" yn gategori ond grwpiau yw’r rhesi eraill: defnyddiwch un lefel drwyddi draw",
        "unknownCategory: unknown category "{name}": use an id or label from "{set}": {categories} | categori anhysbys "{name}": defnyddiwch id neu label o "{set}": {categories}",
        "unknownCategoryOrGroup: unknown category "{name}": use an id or label from "{set}": {categories}; or its groups: {groups} | categori anhysbys "{name}": defnyddiwch id neu label o "{set}": {categories}; neu ei grwpiau: {groups}",
        "categoryAgain: "{name}" is listed again (first on line {first}): give each category once | rhestrir "{name}" eto (gyntaf ar linell {first}): rhowch bob categori unwaith",
        "groupAgain: "{name}" is listed again (first on line {first}): give each group once | rhestrir "{name}" eto (gyntaf ar linell {first}): rhowch bob grŵp unwaith",
        "totalDiffers: the stated total {stated} does not match the rows, which add up to {sum}: check the counts or the total | nid yw’r cyfanswm a nodwyd ({stated}) yn cyfateb i’r rhesi, sy’n adio i {sum}: gwiriwch y cyfrifon neu’r cyfanswm",
        "totalDiffersNotKnown: the stated total {stated} does not match the rows, which add up to {sum} ({notKnown} of them not known): check the counts or the total | nid yw’r cyfanswm a nodwyd ({stated}) yn cyfateb i’r rhesi, sy’n adio i {sum} ({notKnown} ohonynt heb fod yn hysbys): gwiriwch y cyfrifon neu’r cyfanswm",
        "countEmpty: the count is empty: write 0 if there is nobody in this category | mae’r cyfrif yn wag: ysgrifennwch 0 os nad oes neb yn y categori hwn",
        "countNegative: the count {count} is negative: a count of people is 0 or more | mae’r cyfrif {count} yn negatif: mae cyfrif pobl yn 0 neu fwy",
        "countNotWhole: "{count}" is not a whole number: write counts as digits, such as 12 or 1,204 | nid yw "{count}" yn rhif cyfan: ysgrifennwch gyfrifon fel digidau, megis 12 neu 1,204",
        "noCharacteristicForSet: No characteristic uses the census set "{set}": say which characteristic the counts describe. | Nid oes nodwedd yn defnyddio’r set cyfrifiad "{set}": dywedwch pa nodwedd y mae’r cyfrifon yn ei disgrifio.",
        "payQuoteOpen: a quote is not closed: close the "double quotes" | nid yw dyfynnod wedi’i gau: caewch y "dyfynodau dwbl"",
        "payHeader: the first line must be the header "measure,value", not "{found}" | rhaid i’r llinell gyntaf fod yn bennawd "measure,value", nid "{found}"",
        "payFields: expected 2 fields (measure,value) but found {count} | disgwyliwyd 2 faes (measure,value) ond cafwyd: {count}",
        "unknownMeasure: unknown measure "{name}" for a {dimension} pay gap: use one of {measures} | mesur anhysbys "{name}" ar gyfer bwlch cyflog ({dimension}): defnyddiwch un o: {measures}",
        "measureAgain: "{name}" is given again (first on line {first}): give each measure once | rhoddir "{name}" eto (gyntaf ar linell {first}): rhowch bob mesur unwaith",
        "notAShare: {value} is not a percentage of a group: give a value from 0 to 100 | nid yw {value} yn ganran o grŵp: rhowch werth o 0 i 100",
        "payEmpty: the file is empty: start with the header "measure,value" | mae’r ffeil yn wag: dechreuwch gyda’r pennawd "measure,value"",
        "addMeasure: add a row "{name},<percent>" | ychwanegwch res "{name},<canran>"",
        "quartileSum: the {quartile}'s shares ({a} on line {aLine} and {b}) add up to {sum}, not 100: check both | mae cyfrannau’r {quartile} ({a} ar linell {aLine} a {b}) yn adio i {sum}, nid 100: gwiriwch y ddau",
        "valueEmpty: the value is empty: write a percentage such as 12.5 or -0.2 | mae’r gwerth yn wag: ysgrifennwch ganran megis 12.5 neu -0.2",
        "valueNotNumber: "{value}" is not a number: write a percentage such as 12.5 or -0.2 | nid yw "{value}" yn rhif: ysgrifennwch ganran megis 12.5 neu -0.2",
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
