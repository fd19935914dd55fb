import type { StoredErrorWords } from './stored-errors.js';
import type { StoredOnDemandErrorWords } from './stored-on-demand-errors.js';

// Yr hyn a ddywed yr SDK am yr hyn sydd mewn storfa neu a newidiodd ynddi, yn Gymraeg (drafted by
// machine, unreviewed: see docs/sdk.md).

const restore = 'ni newidiwyd dim. Adferwch y storfa o’ch copi wrth gefn diweddaraf. Beth sydd o’i le:';

/** Gwallau’r hyn a storiwyd, yn Gymraeg. */
export const welshStoredErrors: StoredErrorWords & StoredOnDemandErrorWords = {
  profileInvalid: ({ location, issues }) =>
    `Nid yw’r proffil yn y storfa eqia ${location} yn cyfateb i’r sgema, felly ni all eqia weithredu arno; ${restore}\n${issues}`,
  assessmentInvalid: ({ location, id, issues }) =>
    `Nid yw’r asesiad "${id}" yn y storfa eqia ${location} yn cyfateb i’r sgema, felly ni all eqia weithredu arno; ${restore}\n${issues}`,
  objectiveInvalid: ({ location, id, issues }) =>
    `Nid yw’r amcan "${id}" yn y storfa eqia ${location} yn cyfateb i’r sgema, felly ni all eqia weithredu arno; ${restore}\n${issues}`,
  profileChanged: ({ location, id }) =>
    `Newidiodd proffil y storfa eqia ${location} tra oedd y newid hwn i ${id} yn cael ei wneud: ni ysgrifennwyd dim. Gwnewch y newid eto: caiff ei farnu dan y proffil fel y mae nawr.`,
  alreadyExists: ({ kind, id, version }) =>
    `Mae ${kindName(kind)} ${id} yn bod eisoes (fersiwn ${version}): ni ysgrifennwyd dim. Dewiswch id arall, neu darllenwch ef a’i olygu yn lle hynny.`,
  changedSinceRead: ({ kind, id, expected }) =>
    `Newidiodd ${kindName(kind)} ${id} ers i chi ei ddarllen: roeddech yn disgwyl fersiwn ${expected} ond nid oes ${kindName(kind)} o’r fath yn y storfa. Ni ysgrifennwyd dim; darllenwch ef eto a rhowch gynnig arall arni.`,
  changedSinceReadAt: ({ kind, id, expected, actual }) =>
    `Newidiodd ${kindName(kind)} ${id} ers i chi ei ddarllen: roeddech yn disgwyl fersiwn ${expected} ond mae’r storfa ar fersiwn ${actual}. Ni ysgrifennwyd dim; darllenwch ef eto a rhowch gynnig arall arni.`,
  exportInStore: ({ id, location, version }) =>
    `Mae asesiad ${id} yn y storfa yn ${location} eisoes (fersiwn ${version}): ni fewnforiwyd dim. Allforiwch ef oddi yma yn lle hynny, neu mewnforiwch i storfa arall.`,
  recordInStore: ({ id }) =>
    `Mae asesiad ${id} yn y storfa eisoes: ni fewnforiwyd dim. Rhowch "id" arall i’r cofnod.`,
  noProfile: ({ location }) =>
    `Nid oes proffil gan y storfa yn ${location}: rhedwch \`eqia init\` yno (neu galw store.init({ profile })), neu rhowch broffil i createClient.`,
  importUnshaped: ({ location, number, issues }) =>
    `Mae’r storfa eqia ${location} yn dal mewnforiad data cydraddoldeb ${number} nad yw wedi’i lunio fel y mae eqia yn ei ysgrifennu: ${restore}\n${issues}`,
  notWatchable: ({ kind, location }) =>
    `Ni ellir gwylio’r storfa ${kind} yn ${location}: nid oes watch() ganddi. Defnyddiwch storfa sydd ag un (cof, SQLite, PostgreSQL), neu darllenwch eto ar amserydd.`,
  oldLayout: ({ location }) =>
    `Mae’r storfa yn ${location} yn yr hen gynllun ffeiliau, y mae eqia bellach yn ei ddarllen yn unig: rhedwch \`eqia migrate-store --from ${location} --to <storfa newydd>\` i’w symud i SQLite.`,
};

/** What a log belongs to, named in Welsh (a name follows it, so it takes no mutation). */
const kindName = (kind: string) => (kind === 'objective' ? 'amcan' : 'asesiad');
