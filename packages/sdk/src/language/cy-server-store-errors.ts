import type { englishServerStoreErrors } from './server-store-errors.js';

// Gwallau’r storfa PostgreSQL yn Gymraeg (drafted by machine, unreviewed). What the driver or server
// said stays in its own words.

export const welshServerStoreErrors: typeof englishServerStoreErrors = {
  postgresPasswordRefused: ({ location }) =>
    `Ni ellir defnyddio’r storfa PostgreSQL ${location}: gwrthodwyd y cyfrinair.`,
  postgresUserRefused: ({ location }) =>
    `Ni ellir defnyddio’r storfa PostgreSQL ${location}: gwrthododd y gweinydd y defnyddiwr hwn (gwiriwch yr enw defnyddiwr a pg_hba.conf y gweinydd).`,
  postgresNoDatabase: ({ location }) =>
    `Ni ellir defnyddio’r storfa PostgreSQL ${location}: nid yw’r gronfa ddata’n bod (crëwch hi, neu cywirwch enw’r gronfa ddata yn yr URL).`,
  postgresCharacterRefused: ({ location }) =>
    `Ni all y storfa PostgreSQL ${location} gadw nod sydd yn y newid hwn: U+0000 (NUL), neu un y tu allan i amgodiad y gronfa ddata. Ni ysgrifennwyd dim: tynnwch y nod o’r testun a rhowch gynnig arall arni.`,
  postgresUnreachable: ({ location, said }) =>
    `Ni ellir cyrraedd gweinydd PostgreSQL y storfa ${location} (${said}). Ni ysgrifennwyd dim. Gwiriwch fod y gweinydd yn rhedeg, fod y gwesteiwr a’r porth yn yr URL yn gywir, ac nad oes mur gwarchod yn rhwystro’r porth; yna rhowch gynnig arall arni.`,
  postgresLostWhileSaving: ({ location, said }) =>
    `Ni ellir cyrraedd gweinydd PostgreSQL y storfa ${location} (${said}). Collwyd y cysylltiad tra oedd y newid yn cael ei gadw, felly efallai iddo gael ei gadw neu beidio: rhedwch y gorchymyn eto pan fydd y gweinydd yn ôl (ni chedwir newid sydd eisoes wedi’i gadw ddwywaith), neu edrychwch ar hanes yr asesiad.`,
  postgresStatementRefused: ({ location, code, said }) =>
    `Gwrthododd y storfa PostgreSQL ${location} ddatganiad y mae eqia yn ei anfon (${code}: ${said}): nid yw ei thablau fel y’u gwnaed gan eqia. Ni ysgrifennwyd dim; gofynnwch i’w gweinyddwr gymharu’r sgema ag \`eqia init\` newydd.`,
  postgresNewerSchema: ({ schema, found, known }) =>
    `Mae’r sgema PostgreSQL "${schema}" ar fersiwn ${found}, sy’n fwy newydd nag y mae’r eqia hwn yn ei adnabod (${known}): uwchraddiwch eqia cyn defnyddio’r storfa hon.`,
  postgresSchemaName: ({ schema }) =>
    `Nid yw "${schema}" yn enw sgema PostgreSQL y gellir ei ddefnyddio: defnyddiwch lythrennau bach, digidau a thanlinellau, gan ddechrau gyda llythyren neu danlinell (63 nod ar y mwyaf).`,
  postgresNotAUrl: () =>
    'Nid URL yw cyfeiriad y storfa PostgreSQL: ysgrifennwch ef fel postgres://defnyddiwr@gwesteiwr:5432/cronfaddata (gellir rhoi’r cyfrinair yn PGPASSWORD neu ~/.pgpass yn lle’r URL).',
  postgresNotPostgresUrl: ({ protocol }) =>
    `Rhaid i gyfeiriad y storfa PostgreSQL ddechrau gyda postgres:// neu postgresql://, nid ${protocol}//.`,
};
