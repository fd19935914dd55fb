import type { StoredErrorWords } from './stored-errors.js';

// Yr hyn a ddywed yr SDK am yr hyn sydd mewn storfa neu a newidiodd ynddi, yn Gymraeg (drafted by
// machine, unreviewed: see docs/sdk.md).

const restore = 'ni newidiwyd dim. Adferwch y storfa o’ch copi wrth gefn diweddaraf. Beth sydd o’i le:';

/** Gwallau’r hyn a storiwyd, yn Gymraeg. */
export const welshStoredErrors: StoredErrorWords = {
  profileInvalid: ({ location, issues }) =>
    `Nid yw’r proffil yn y storfa eqia ${location} yn cyfateb i’r sgema, felly ni all eqia weithredu arno; ${restore}\n${issues}`,
  assessmentInvalid: ({ location, id, issues }) =>
    `Nid yw’r asesiad "${id}" yn y storfa eqia ${location} yn cyfateb i’r sgema, felly ni all eqia weithredu arno; ${restore}\n${issues}`,
  objectiveInvalid: ({ location, id, issues }) =>
    `Nid yw’r amcan "${id}" yn y storfa eqia ${location} yn cyfateb i’r sgema, felly ni all eqia weithredu arno; ${restore}\n${issues}`,
  profileChanged: ({ location, id }) =>
    `Newidiodd proffil y storfa eqia ${location} tra oedd y newid hwn i ${id} yn cael ei wneud: ni ysgrifennwyd dim. Gwnewch y newid eto: caiff ei farnu dan y proffil fel y mae nawr.`,
};
