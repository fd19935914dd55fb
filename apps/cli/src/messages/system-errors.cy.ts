import type { SystemErrorsMessages } from './system-errors.en.js';

/** Gwallau’r system: the twin of system-errors.en.ts in Welsh (drafted by machine, unreviewed: see reviewed.ts). */
export const systemErrorsWelsh: SystemErrorsMessages = {
  options: {
    unknown: ({ option }) =>
      `Nid yw '${option}' yn opsiwn (mae gwerth sy’n dechrau â '-' yn mynd ar ôl '--', fel yn -- ${option})`,
    unknownFlag: ({ option }) => `Nid yw '${option}' yn opsiwn`,
    didYouMean: ({ option, meant }) => `Nid yw '${option}' yn opsiwn (ai ${meant} oedd dan sylw?)`,
    needsValue: ({ option }) => `Mae angen gwerth ar yr opsiwn '${option}'`,
    takesNoValue: ({ option }) => `Nid yw’r opsiwn '${option}' yn cymryd gwerth`,
  },
  fileErrors: {
    ENOENT: ({ path }) => `Nid oes ffeil o’r fath: ${path}. Gwiriwch y llwybr.`,
    noFolder: ({ path, folder }) =>
      `Nid oes ffolder o’r fath: ${folder} (yn y llwybr ${path}). Gwiriwch y llwybr, neu crëwch y ffolder yn gyntaf.`,
    ENOTDIR: ({ path }) =>
      `Nid oes ffeil o’r fath: ${path} (nid yw rhan o’r llwybr yn ffolder). Gwiriwch y llwybr.`,
    EACCES: ({ path }) => `Dim caniatâd: ${path}. Gwiriwch ganiatâd y ffeil.`,
    EROFS: ({ path }) => `Mae ${path} ar system ffeiliau darllen yn unig: ysgrifennwch i rywle arall.`,
    EISDIR: ({ path }) => `Ffolder yw ${path}: rhowch ffeil.`,
    ENAMETOOLONG: ({ path }) => `Mae’r enw’n rhy hir i’r system ffeiliau: ${path}…`,
    ELOOP: ({ path }) => `Mae ${path} yn ddolen o ddolenni symbolaidd: rhowch ffeil go iawn.`,
    ENOSPC: ({ path }) =>
      `Mae’r ddisg yn llawn: nid oedd modd ysgrifennu ${path}. Rhyddhewch le, yna rhowch gynnig arall arni.`,
    EDQUOT: ({ path }) =>
      `Mae eich cwota disg wedi’i ddefnyddio: nid oedd modd ysgrifennu ${path}. Rhyddhewch le, yna rhowch gynnig arall arni.`,
    other: ({ syscall, path, message }) =>
      `Nid oedd y system weithredu’n gallu gwneud ${syscall} ar ${path}: ${message}. Gwiriwch y ddisg, yna rhowch gynnig arall arni.`,
  },
  oldFileStore: ({ directory, command, database }) =>
    `Ysgrifennwyd y storfa yn ${directory} gan eqia cynharach, fel ffeiliau; mae eqia bellach yn cadw ei storfeydd yn SQLite. Symudwch hi gyda \`${command}\`: caiff pob asesiad ei gopïo i ${database} gyda’i gadwyn wedi’i gwirio, a gadewir yr hen ffeiliau fel y maent.`,
};
