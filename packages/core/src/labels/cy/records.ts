import type { CsvWords } from '../csv-words.js';
import type { InsightWords } from '../insight-words.js';
import type { OnDemandWords } from '../on-demand-words.js';
import type { RecordWords } from '../record-words.js';
import { part } from '../refusals.js';
import { welshCsvWords } from './csv.js';
import { welshInsightWords } from './insight.js';
import { welshOnDemandWords } from './on-demand.js';

/** What is counted (`strayCounts`), the level it counts at, and what a log belongs to, named in Welsh. */
const counted: Readonly<Record<string, string>> = { profile: 'proffil', baseline: 'llinell sylfaen' };
const levels: Readonly<Record<string, string>> = { groups: 'grwpiau', categories: 'categorïau' };
const kinds: Readonly<Record<string, string>> = { assessment: 'asesiad', objective: 'amcan' };

/** Yr hyn a ddywed craidd eqia am gofnod y mae’n ei ddarllen, yn Gymraeg (drafted by machine, unreviewed). */
export const welshRecordWords: RecordWords & CsvWords & InsightWords & OnDemandWords = {
  notEntry: ({ seq }) => `nid yw cofnod ${seq} yn gofnod log (dim hash)`,
  wrongSeq: ({ seq, says }) =>
    `mae cofnod ${seq} yn dweud mai cofnod ${says} ydyw: tynnwyd, mewnosodwyd neu symudwyd cofnod`,
  unlinked: ({ seq }) =>
    `nid yw cofnod ${seq} yn cysylltu â’r cofnod o’i flaen: newidiwyd, tynnwyd neu fewnosodwyd cofnod cynharach`,
  unhashable: ({ seq, error }) => `ni ellir cyfrifo hash cofnod ${seq}: ${error}`,
  edited: ({ seq }) => `nid yw cofnod ${seq} yn cyfateb i’w hash: golygwyd ei gynnwys`,
  profileOutside:
    'mae’r proffil yn wahanol i’r hyn a wnaeth ei newid olaf a gofnodwyd: fe’i newidiwyd y tu allan i eqia',
  notObjectiveEvent: ({ seq }) => `nid yw cofnod ${seq} yn ddigwyddiad amcan`,
  refusedToday: ({ seq, refusal }) => `byddai cofnod ${seq} yn cael ei wrthod heddiw: ${refusal}`,
  emptyLog: 'mae’r log yn wag',
  keyUnknown: ({ key }) => `nid yw allwedd ${key} wedi’i chofrestru yn y proffil`,
  keyOtherUser: ({ key, owner, user }) => `allwedd ${owner} yw ${key}, nid allwedd ${user}`,
  keyImported: ({ key, assessments }) =>
    `daeth allwedd ${key} gyda mewnforio ${assessments} ac mae’n gwirio’r cymeradwyaethau hynny yn unig`,
  keyRevoked: ({ key, at }) => `dirymwyd allwedd ${key} am ${at}`,
  keyNotYet: ({ key, from }) => `roedd allwedd ${key} yn ddilys o ${from} yn unig`,
  keyExpired: ({ key, at }) => `daeth allwedd ${key} i ben am ${at}`,
  notExport: ({ format, expected }) =>
    `Nid allforyn asesiad eqia yw hwn (y fformat yw ${format}, disgwylid "${expected}").`,
  exportVersion: ({ version, earlier, last }) =>
    `Fersiwn fformat ${version} yw’r allforyn; mae’r eqia hwn yn darllen fersiynau ${earlier} a ${last}.`,
  exportNewer: ({ version, earlier, last }) =>
    `Fersiwn fformat ${version} yw’r allforyn; mae’r eqia hwn yn darllen fersiynau ${earlier} a ${last}: uwchraddiwch eqia.`,
  exportChain: ({ index, because }) =>
    `Nid yw log yr allforyn yn cael ei ddilysu ym mynegai ${index}: ${because}.`,
  exportDiffers:
    'Mae’r asesiad yn yr allforyn yn wahanol i’r hyn y mae ei log yn ei ailchwarae iddo: fe’i newidiwyd y tu allan i’r log.',
  noCensusSet: ({ id, sets }) => `Nid oes set categorïau cyfrifiad "${id}". Defnyddiwch un o: ${sets}.`,
  strayCounts: ({ what, level, set }) =>
    `Mae’r ${part(counted, what)} yn cyfrif ${part(levels, level)} nad ydynt gan "${set}":`,
  strayId: ({ valid }) => `anhysbys; defnyddiwch un o: ${valid}`,
  unknownCharacteristics: ({ what, count, named, known }) =>
    `Mae ${what} yn enwi ${count === '1' ? 'nodwedd' : 'nodweddion'} nad yw’r proffil yn eu hystyried: ${named}. Defnyddiwch un o: ${known}.`,
  unknownCharacteristic: ({ id }) => `nodwedd anhysbys "${id}"`,
  editUnknownCharacteristics: ({ ids, known }) =>
    `Mae’r golygiad yn enwi nodweddion nad ydynt gan y proffil hwn: ${ids}. Ni chofnodwyd dim. Defnyddiwch un o: ${known}.`,
  notProfileCharacteristic: 'nid yw’n un o nodweddion y proffil',
  logStartsWith: ({ type }) =>
    `Rhaid i log ddechrau â digwyddiad create; mae’r un hwn yn dechrau â: ${type}.`,
  logStartsEmpty: 'Rhaid i log ddechrau â digwyddiad create; nid oes digwyddiadau yn yr un hwn.',
  cannotReplay: ({ seq, type, refusal }) =>
    `Ni ellir ail-chwarae cofnod ${seq} o’r log (${type}): ${refusal}`,
  localeUnknown: ({ given }) =>
    `Nid yw ${given} yn iaith y mae eqia yn ei siarad: defnyddiwch en (Saesneg), cy (Cymraeg) neu’r ddwy, fel yn cy,en`,
  localeNone: 'ni roddwyd iaith: defnyddiwch en (Saesneg), cy (Cymraeg) neu’r ddwy, fel yn cy,en',
  appendInvalid: ({ kind, id }) => `Nid yw’r ychwanegiad at ${part(kinds, kind)} ${id} yn ddilys:`,
  appendVersion: 'rhaid iddo fod yn rhif cyfan, 0 i greu',
  appendEvents: 'mae ychwanegiad angen o leiaf un digwyddiad',
  appendMust: ({ value }) => `rhaid iddo fod yn ${value}`,
  appendSummaryId: ({ kind, id }) => `rhaid iddo fod yn ddynodydd yr ${part(kinds, kind)}, ${id}`,
  historicalUnsigned: ({ source }) =>
    `Mae ${source} yn cael ei fewnforio fel un hanesyddol ond nid yw’n dweud pwy a’i cymeradwyodd: ychwanegwch "signedOff": { "by": "…", "role": "…", "on": "BBBB-MM-DD" }.`,
  signedNotHistorical: ({ source }) =>
    `Mae ${source} yn dweud iddo gael ei gymeradwyo y tu allan i eqia: mewnforiwch ef gyda --historical, fel ei fod yn cael ei nodi felly.`,
  unlikeSides: ({ profile, profileSet, baseline, baselineSet }) =>
    `Mae’r proffil yn cyfrif ${profile} yn ôl "${profileSet}" ond mae’r llinell sylfaen yn cyfrif ${baseline} yn ôl "${baselineSet}": cymharwch debyg â thebyg.`,
  groupsOnly:
    'Mae un ochr yn cyfrif grwpiau bras yn unig, felly ni ellir cymharu fesul categori: cymharwch â `level: "groups"`.',
  evidenceTaken: ({ id }) =>
    `Mae tystiolaeth "${id}" yn bod eisoes ac nid dadansoddiad gwahaniaeth mohoni: dewiswch id tystiolaeth arall.`,
  evidenceSame: ({ id }) =>
    `Mae tystiolaeth "${id}" eisoes yn dal yr union ddadansoddiad hwn: ni chofnodwyd dim.`,
  newWithEditors: ({ editors }) =>
    `Nid oes golygyddion gan asesiad newydd eto, ond mae’r un hwn yn rhestru ${editors}: mae’r cylch bywyd yn ychwanegu pob golygydd wrth iddynt gofnodi golygiad.`,
  editOutside: ({ section, path }) =>
    `Dim ond llwybrau o dan /${section} y caiff golygiad o "${section}" eu newid; mae’r un hwn yn cyffwrdd â /${path}.`,
  editScreening:
    'Dim ond drwy ddigwyddiad sgrinio (screen) y mae’r penderfyniad sgrinio yn newid, fel y caiff ei gofnodi gyda’i resymeg.',
  editInvalid: ({ section }) => `Byddai’r golygiad o "${section}" yn gwneud yr asesiad yn annilys:`,
  editWelshForeign: ({ section, key }) =>
    `Dim ond testun Cymraeg ei feysydd ei hun y caiff golygiad o "${section}" ei newid; mae’r un hwn yn newid ${key}.`,
  editWelshInvalid: ({ section }) =>
    `Byddai’r golygiad o "${section}" yn gwneud ei destun Cymraeg yn annilys:`,
  editUnapplied: ({ section, error }) => `Ni ellir gweithredu’r golygiad o "${section}": ${error}`,
  noGroups: ({ set }) =>
    `Nid oes grwpiau ehangach gan set y cyfrifiad "${set}": cymharwch hi ar lefel ei chategorïau.`,
  snapshotUnversioned: ({ found }) =>
    `Nid oes snapshotVersion dilys gan y ciplun (cafwyd ${found}): nid eqia a’i hysgrifennodd.`,
  snapshotNewer: ({ version, latest }) =>
    `Fersiwn ${version} yw’r ciplun, sy’n fwy newydd nag y mae’r eqia hwn yn ei ddeall (hyd at ${latest}): uwchraddiwch eqia.`,
  ...welshInsightWords,
  ...welshOnDemandWords,
  ...welshCsvWords,
};
