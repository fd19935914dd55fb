import type { CopyErrorWords } from './copy-errors.js';

/** Gwallau copïo storfa (`eqia migrate-store`), yn Gymraeg (machine-drafted). */
export const welshCopyErrors: CopyErrorWords = {
  notFaithful: ({ id, to, from }) =>
    `Nid yw asesiad ${id}, o’i ddarllen yn ôl o ${to}, yn gorffen gyda’r un stwnsh ag yn ${from}: nid yw’r copi’n ffyddlon. Gwiriwch y storfa darged.`,
  objectiveUnreadable: ({ id, store }) =>
    `Mae amcan ${id} wedi’i restru yn ${store} ond ni ellir ei ddarllen: gwiriwch y storfa, yna copïwch eto.`,
  objectiveBroken: ({ id, store, reason }) =>
    `Nid yw log amcan ${id} yn ${store} yn dilysu (${reason}): stopiodd y copi cyn ysgrifennu dim. Ymchwiliwch i’r hanes hwnnw cyn mudo.`,
  targetHolds: ({ to, held }) =>
    `Mae’r storfa darged ${to} eisoes yn dal asesiadau (${held}): dim ond i storfa wag y copïir storfa, felly ni ysgrifennwyd dim. Cyfeiriwch y copi at storfa newydd (ffeil, cronfa ddata neu sgema arall).`,
  targetProfile: ({ to }) =>
    `Mae gan y storfa darged ${to} broffil gwahanol eisoes: dim ond i storfa wag y copïir storfa, felly ni ysgrifennwyd dim. Cyfeiriwch y copi at storfa newydd (ffeil, cronfa ddata neu sgema arall).`,
  assessmentUnreadable: ({ id, store }) =>
    `Mae asesiad ${id} wedi’i restru yn ${store} ond ni ellir ei ddarllen: gwiriwch y storfa, yna copïwch eto.`,
  chainBroken: ({ id, store, entry, reason }) =>
    `Nid yw cadwyn archwilio asesiad ${id} yn ${store} yn dilysu yng nghofnod ${entry} (${reason}): stopiodd y copi yno. Ymchwiliwch i’r hanes hwnnw cyn mudo.`,
};
