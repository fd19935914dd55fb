import { welshServerStoreErrors } from './cy-server-store-errors.js';
import type { StoreErrorWords } from './store-errors.js';

// Yr hyn a ddywed storfa pan na all wneud ei gwaith, yn Gymraeg (drafted by machine, unreviewed).
// What the engine said stays in its own words.

const engine = (said: string) => (said ? ` (meddai SQLite: ${said})` : '');
const where = ({ line, column }: { line: string; column: string }) =>
  `mae’r peth cyntaf sydd o’i le ar linell ${line}, colofn ${column}`;
const restore = (file: string) =>
  `Ni newidiwyd dim. Adferwch y ffeil o’ch copi wrth gefn diweddaraf; i weld beth a wna SQLite ohoni, rhedwch: sqlite3 "${file}" "PRAGMA integrity_check"`;

/** Gwallau’r storfa yn Gymraeg. */
export const welshStoreErrors: StoreErrorWords = {
  storeMissing: ({ location }) =>
    `Nid oes storfa eqia yn ${location}. Rhedwch \`eqia init\` (neu galw store.init()) i greu un, neu pwyntiwch at y storfa gywir gyda --store neu EQIA_STORE.`,
  storeBusy: ({ file, seconds }) =>
    `Bu’r storfa eqia ${file} yn brysur am fwy na ${seconds} e: roedd proses arall yn dal ei chlo ysgrifennu drwy’r amser. Ni ysgrifennwyd dim; rhowch gynnig arall arni, ac os yw’n digwydd o hyd chwiliwch am broses eqia sydd wedi sefyll.`,
  damagedPages: ({ file, said }) =>
    `Mae’r storfa eqia ${file} wedi’i difrodi: canfu SQLite dudalennau nad ydynt yn dal yr hyn y dylent${engine(said)}. ${restore(file)}`,
  notADatabase: ({ file, said }) =>
    `Nid yw’r storfa eqia ${file} yn gronfa ddata SQLite, neu mae ei thudalen gyntaf wedi’i difrodi${engine(said)}. ${restore(file)}`,
  rowsOutOfPlace: ({ file, said }) =>
    `Mae’r storfa eqia ${file} yn dal rhesi nad ydynt yn cyd-fynd (digwyddiad neu asesiad o’i le)${engine(said)}. ${restore(file)}`,
  notJson: ({ file, said }) =>
    `Mae’r storfa eqia ${file} yn dal dogfen nad yw’n JSON${engine(said)}. ${restore(file)}`,
  noTables: ({ file, said }) =>
    `Nid oes gan y storfa eqia ${file} y tablau y mae’r eqia hwn yn eu disgwyl${engine(said)}. ${restore(file)}`,
  directory: ({ file }) => `Ffolder yw’r storfa eqia ${file}, nid ffeil cronfa ddata. ${restore(file)}`,
  notAFile: ({ file }) =>
    `Nid yw’r storfa eqia ${file} yn ffeil gyffredin, felly ni all fod yn gronfa ddata. ${restore(file)}`,
  notAnEqiaStore: ({ file }) =>
    `Mae’r ffeil ${file} yn gronfa ddata SQLite ond nid yn storfa eqia: ni newidiwyd dim. Pwyntiwch eqia at ei ffeil cronfa ddata ei hun, neu symudwch hon o’r ffordd cyn rhedeg eqia init yno.`,
  cannotOpen: ({ file, said }) =>
    `Ni all eqia agor y storfa ${file} i ddarllen ac ysgrifennu${engine(said)}. Gwiriwch y caiff y defnyddiwr hwn ddarllen ac ysgrifennu’r ffeil a’r ffolder y mae ynddo (mae SQLite yn cadw ffeiliau -wal a -shm wrth ei hochr).`,
  diskFull: ({ file }) =>
    `Mae’r ddisg sy’n dal y storfa eqia ${file} yn llawn: ni ysgrifennwyd dim. Rhyddhewch le a rhowch gynnig arall arni.`,
  diskFailed: ({ file, said }) =>
    `Adroddodd y system weithredu wall wrth ddarllen neu ysgrifennu’r storfa eqia ${file}${engine(said)}. Ni ysgrifennodd yr alwad a fethodd ddim; gwiriwch y ddisg, yna rhowch gynnig arall arni.`,
  summaryNotJson: (at) =>
    `Mae’r storfa eqia ${at.file} yn dal crynodeb asesiad nad yw’n JSON (${where(at)}). ${restore(at.file)}`,
  snapshotNotJson: (at) =>
    `Mae’r storfa eqia ${at.file} yn dal ciplun "${at.id}" nad yw’n JSON (${where(at)}). ${restore(at.file)}`,
  digestNotJson: (at) =>
    `Mae’r storfa eqia ${at.file} yn dal crynhoad "${at.id}" nad yw’n JSON (${where(at)}). ${restore(at.file)}`,
  eventNotJson: (at) =>
    `Mae’r storfa eqia ${at.file} yn dal digwyddiad ${at.seq} "${at.id}" nad yw’n JSON (${where(at)}). ${restore(at.file)}`,
  profileNotJson: (at) =>
    `Mae’r storfa eqia ${at.file} yn dal proffil nad yw’n JSON (${where(at)}). ${restore(at.file)}`,
  equalityDataNotJson: (at) =>
    `Mae’r storfa eqia ${at.file} yn dal mewnforiad data cydraddoldeb ${at.seq} nad yw’n JSON (${where(at)}). ${restore(at.file)}`,
  summaryMissing: ({ file }) =>
    `Mae’r storfa eqia ${file} yn dal asesiad y mae ei grynodeb ar goll o assessment_list. ${restore(file)}`,
  summaryNotItsRow: ({ file, id }) =>
    `Mae’r storfa eqia ${file} yn dal crynodeb yn rhes "${id}" nad yw’n perthyn i’r rhes honno. ${restore(file)}`,
  newerStore: ({ file, found, known }) =>
    `Mae’r storfa eqia ${file} ar fersiwn sgema ${found}, sy’n fwy newydd nag y mae’r eqia hwn yn ei adnabod (${known}): fe’i hysgrifennwyd gan eqia mwy newydd. Uwchraddiwch eqia cyn defnyddio’r storfa hon; ni newidiwyd dim.`,
  ...welshServerStoreErrors,
};
