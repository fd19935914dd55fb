import type { AdminErrorWords } from './admin-errors.js';

/** Gwallau gweinyddu’r proffil, allweddi, llofnodion, mewnforio a hanes, yn Gymraeg (machine-drafted). */
export const welshAdminErrors: AdminErrorWords = {
  signOffs: { approve: 'cymeradwyaeth', publish: 'cyhoeddiad', reaffirm: 'ailgadarnhad' },
  signatureStatus: {
    signed: 'wedi’i llofnodi',
    unsigned: 'heb ei llofnodi',
    invalid: 'annilys',
    revoked: 'wedi’i dirymu',
  },
  noUserForKey: ({ owner }) => `Nid oes defnyddiwr "${owner}" i gofrestru allwedd ar ei gyfer.`,
  keyTaken: ({ key }) => `Mae allwedd "${key}" eisoes: dewiswch ddynodydd arall.`,
  noKey: ({ key }) => `Nid oes allwedd "${key}": mae \`eqia keys list\` yn eu dangos.`,
  keyRevokedAlready: ({ key, at }) => `Cafodd allwedd ${key} ei dirymu eisoes am ${at}.`,
  noProfileWelsh: ({ keys, stale }) =>
    `Nid oes gan y proffil Gymraeg yn ${keys} i’w chadarnhau fel un sy’n dal yn gywir. ${stale ? `Ei Gymraeg sydd wedi dyddio: ${stale}.` : 'Nid oes dim o’i Gymraeg wedi dyddio.'}`,
  noAdminLeft:
    'Ni fyddai gweinyddwr ar ôl yn y proffil, felly ni allai neb ei reoli: cadwch rôl gweinyddwr gan o leiaf un defnyddiwr.',
  mustSign: ({ user, signOff }) =>
    `Rhaid i ${user} lofnodi’r canlynol: ${signOff}, ac nid oes un o’u hallweddi llofnodi ar gael yma. Defnyddiwch yr allwedd a gofrestrwyd ganddynt (\`eqia keys list\`), neu crëwch un gyda \`eqia keys create\`.`,
  notSigned: ({ reason }) => `Heb ei llofnodi: ${reason}. Ni chofnodwyd dim.`,
  signatureMismatch: ({ key, user }) =>
    `Heb ei llofnodi: nid yw’r llofnod yn cyfateb i allwedd ${key} a gofrestrwyd ar gyfer ${user}. Ni chofnodwyd dim.`,
  exportRefused: ({ reason }) => `Ni ellir mewnforio’r allforyn: ${reason}.`,
  exportSignOff: ({ signOff, by, at, status, reason }) =>
    `Yn yr allforyn, mae’r canlynol gan ${by} am ${at} (${signOff}) yn ${status}: ${reason}. Ni fewnforiwyd dim.`,
  keyNotCarried:
    ' Nid yw’r allforyn yn cario’r allwedd honno: allforiwch yr asesiad eto gydag eqia cyfredol, y mae ei allforion yn cario allweddi cyhoeddus eu llofnodwyr.',
  foreignKey: ({ key, user }) =>
    `Nid allwedd y storfa hon o’r un dynodydd yw allwedd ${key} (${user}) yr allforyn: ni fewnforiwyd dim. Mewnforiwch ef i storfa nad yw’n defnyddio’r dynodydd allwedd hwnnw.`,
  noLogEntry: ({ id, count, seq }) =>
    `Mae gan asesiad ${id} gofnodion log 1 i ${count}; nid oes cofnod ${seq}. Dewiswch un o’i hanes.`,
};
