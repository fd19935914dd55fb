import type { VerifyWords } from './verify-errors.js';

/** Yr hyn a ddywed `verify` ei hun am gofnod nad yw’n cael ei ddilysu (drafted by machine, unreviewed). */
export const welshVerifyWords: VerifyWords = {
  signOffBroken: ({ signOff, by, at, status, reason }) =>
    `mae’r ${signOff} gan ${by} am ${at} yn ${status}: ${reason}`,
  unsignedRequired: ({ by }) =>
    `roedd gan ${by} allwedd lofnodi erbyn hynny, neu mae’r proffil yn gofyn am un`,
  unsignedFree:
    'nid oedd yn ofynnol ganddynt bryd hynny: nid oedd ganddynt allwedd ac nid oedd y proffil yn gofyn am un',
  signedWith: ({ key }) => `wedi’i llofnodi gydag allwedd ${key}`,
  signatureDiffers:
    'nid yw’r llofnod yn cyfateb i’r hyn a lofnodwyd: newidiwyd y gymeradwyaeth neu’r asesiad a gymeradwywyd ganddi',
  notReplayed: ({ error }) => `nid yw’r log yn ailchwarae: ${error}`,
  snapshotDiffers:
    'mae’r ciplun a gadwyd yn wahanol i’r hyn y mae’r log yn ei ailchwarae iddo: fe’i newidiwyd y tu allan i’r log',
  summaryDiffers: ({ fields }) =>
    `mae’r crynodeb a gadwyd (yr hyn y mae list a show yn ei argraffu) yn wahanol i’r log yn ${fields}: fe’i newidiwyd y tu allan i’r log`,
  digestDiffers: ({ parts }) =>
    `mae’r crynhoad a gadwyd (yr hyn y mae’r adroddiad blynyddol a check --all yn ei ddarllen) yn wahanol i’r log yn ei ran ${parts}: fe’i newidiwyd y tu allan i’r log`,
  both: ({ one, other }) => `${one} a ${other}`,
};
