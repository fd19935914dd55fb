import { welshMessages } from '@eqia/core/cy';
import { welshAdminErrors } from './cy-admin-errors.js';
import { welshJsonWords } from './cy-json-errors.js';
import { welshSchemaIssues } from './cy-schema-issues.js';
import { welshStoreErrors } from './cy-store-errors.js';
import { welshStoredErrors } from './cy-stored-errors.js';
import { welshVerifyWords } from './cy-verify-errors.js';
import type { ErrorWords } from './errors.js';

const stateLabels: Readonly<Record<string, string>> = welshMessages.values.labels.lifecycleState;

/** Negeseuon gwall y cleient yn Gymraeg (drafted by machine, unreviewed: see docs/sdk.md). */
export const welshErrors: ErrorWords = {
  ...welshAdminErrors,
  refusals: welshMessages.refusals,
  lifecycle: welshMessages.lifecycle,
  records: welshMessages.records,
  attention: welshMessages.attention,
  verify: welshVerifyWords,
  schema: welshSchemaIssues,
  says: welshMessages.schema,
  stored: welshStoredErrors,
  store: welshStoreErrors,
  json: welshJsonWords,
  notAUser: ({ user, profile, known }) =>
    `Nid yw "${user}" yn ddefnyddiwr y proffil hwn (${profile}; defnyddwyr: ${known}). Gall gweinyddwr eu hychwanegu gyda \`eqia users add ${user} --name "…" --roles author\`.`,
  noUsers: 'dim eto',
  standardInput: 'mewnbwn safonol',
  schemaOf: ({ schema }) => `sgema ${schema}`,
  noAssessment: ({ id, location }) =>
    `Nid oes asesiad "${id}" yn y storfa yn ${location}: gwiriwch y dynodydd (mae \`eqia list\` yn eu dangos).`,
  noOpenComment: 'Nid oes sylw agored i’w ddatrys.',
  noActions: 'Nid oes camau yn y cynllun gweithredu i’w diweddaru.',
  noObjective: ({ id, location }) =>
    `Nid oes amcan "${id}" yn y storfa yn ${location}: gwiriwch y dynodydd (mae \`eqia objectives list\` yn eu dangos).`,
  changedSinceLoaded: ({ id, told, version }) =>
    `Mae asesiad ${id} wedi newid ers i chi ei lwytho: ${told}. Ni ysgrifennwyd dim. Byddai rhoi cynnig ar yr un newid eto yn trosysgrifo’r hyn nad ydych wedi’i weld: ail-lwythwch ef (mae ar fersiwn ${version}), edrychwch ar y newidiadau a gwnewch eich rhai chi eto.`,
  onlyVersions: ({ acted, held }) =>
    `fe weithredoch ar fersiwn ${acted}, ond dim ond ${held} fersiwn sydd yn y storfa`,
  changedSince: ({ acted, changes }) => `fe weithredoch ar fersiwn ${acted}; ers hynny: ${changes}`,
  noWelshToConfirm: ({ keys, stale }) =>
    `Nid oes gan yr asesiad Gymraeg yn ${keys} i’w chadarnhau fel un sy’n dal yn gywir. ${stale ? `Ei Gymraeg sydd wedi dyddio: ${stale}.` : 'Nid oes dim o’i Gymraeg wedi dyddio.'}`,
  nothingChanged: ({ section }) => `Nid yw’r golygiad o "${section}" yn newid dim: ni chofnodwyd dim.`,
  revisionUnderWay: ({ id, state }) =>
    `Mae diwygiad ${id} o’r asesiad hwn eisoes ar y gweill (“${stateLabels[state] ?? state}”): parhewch ag ef, neu tynnwch ef yn ôl cyn dechrau un arall.`,
  doing: { submit: 'cyflwyno', approve: 'cymeradwyo' },
  blocked: ({ doing, count, findings }) =>
    `Ni ellir ${doing} tra bo canfyddiadau lefel gwall ar ôl (${count}): ${findings}`,
};
