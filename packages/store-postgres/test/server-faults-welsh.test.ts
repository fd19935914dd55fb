import { errorIn } from '@eqia/sdk';
import { describe, expect, it } from 'vitest';
import { latestSchemaVersion, openPostgresStore } from '../src/index.js';
import { newerSchema } from '../src/migrations.js';
import { explainFailure } from '../src/server-faults.js';

// What the PostgreSQL store says when it cannot work, said again in Welsh with its class and code kept.

const location = 'postgres://eqia@db.example:5432/eqia (schema eqia)';
const driverError = (code: string, message = `${code} from the server`) =>
  Object.assign(new Error(message), { code });
const inWelsh = async (error: unknown) => {
  const welsh = await errorIn(error, 'cy');
  expect(welsh).toBeInstanceOf(Object.getPrototypeOf(error).constructor);
  expect((welsh as { code: string }).code).toBe((error as { code: string }).code);
  return (welsh as Error).message;
};
const thrown = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
};

describe('the PostgreSQL store’s errors in Welsh', () => {
  it('words a refused login, a missing database and a character the server cannot keep', async () => {
    expect(await inWelsh(explainFailure(driverError('28P01'), location))).toMatchInlineSnapshot(
      `"Ni ellir defnyddio’r storfa PostgreSQL postgres://eqia@db.example:5432/eqia (sgema eqia): gwrthodwyd y cyfrinair."`,
    );
    expect(await inWelsh(explainFailure(driverError('28000'), location))).toMatchInlineSnapshot(
      `"Ni ellir defnyddio’r storfa PostgreSQL postgres://eqia@db.example:5432/eqia (sgema eqia): gwrthododd y gweinydd y defnyddiwr hwn (gwiriwch yr enw defnyddiwr a pg_hba.conf y gweinydd)."`,
    );
    expect(await inWelsh(explainFailure(driverError('3D000'), location))).toMatchInlineSnapshot(
      `"Ni ellir defnyddio’r storfa PostgreSQL postgres://eqia@db.example:5432/eqia (sgema eqia): nid yw’r gronfa ddata’n bod (crëwch hi, neu cywirwch enw’r gronfa ddata yn yr URL)."`,
    );
    expect(await inWelsh(explainFailure(driverError('22P05'), location))).toMatchInlineSnapshot(
      `"Ni all y storfa PostgreSQL postgres://eqia@db.example:5432/eqia (sgema eqia) gadw nod sydd yn y newid hwn: U+0000 (NUL), neu un y tu allan i amgodiad y gronfa ddata. Ni ysgrifennwyd dim: tynnwch y nod o’r testun a rhowch gynnig arall arni."`,
    );
  });

  it('words a server out of reach, before and while saving, keeping what the driver said', async () => {
    expect(await inWelsh(explainFailure(driverError('ECONNREFUSED'), location))).toMatchInlineSnapshot(
      `"Ni ellir cyrraedd gweinydd PostgreSQL y storfa postgres://eqia@db.example:5432/eqia (sgema eqia) (ECONNREFUSED). Ni ysgrifennwyd dim. Gwiriwch fod y gweinydd yn rhedeg, fod y gwesteiwr a’r porth yn yr URL yn gywir, ac nad oes mur gwarchod yn rhwystro’r porth; yna rhowch gynnig arall arni."`,
    );
    const lost = explainFailure(new Error('Connection terminated unexpectedly'), location, 'unknown');
    expect(lost).toMatchObject({ written: 'unknown' });
    expect(await inWelsh(lost)).toMatchInlineSnapshot(
      `"Ni ellir cyrraedd gweinydd PostgreSQL y storfa postgres://eqia@db.example:5432/eqia (sgema eqia) (Connection terminated unexpectedly). Collwyd y cysylltiad tra oedd y newid yn cael ei gadw, felly efallai iddo gael ei gadw neu beidio: rhedwch y gorchymyn eto pan fydd y gweinydd yn ôl (ni chedwir newid sydd eisoes wedi’i gadw ddwywaith), neu edrychwch ar hanes yr asesiad."`,
    );
  });

  it('words a statement its tables refuse, and a schema newer than this eqia', async () => {
    const refused = explainFailure(driverError('42P01', 'relation "eqia.events" does not exist'), location);
    expect(await inWelsh(refused)).toMatchInlineSnapshot(
      `"Gwrthododd y storfa PostgreSQL postgres://eqia@db.example:5432/eqia (sgema eqia) ddatganiad y mae eqia yn ei anfon (42P01: relation "eqia.events" does not exist): nid yw ei thablau fel y’u gwnaed gan eqia. Ni ysgrifennwyd dim; gofynnwch i’w gweinyddwr gymharu’r sgema ag \`eqia init\` newydd."`,
    );
    const newer = await inWelsh(newerSchema(99, 'eqia'));
    expect(newer.replace(`(${latestSchemaVersion})`, '(<latest>)')).toMatchInlineSnapshot(
      `"Mae’r sgema PostgreSQL "eqia" ar fersiwn 99, sy’n fwy newydd nag y mae’r eqia hwn yn ei adnabod (<latest>): uwchraddiwch eqia cyn defnyddio’r storfa hon."`,
    );
  });

  it('words an address or schema name it cannot use', async () => {
    expect(await inWelsh(thrown(() => openPostgresStore('mysql://localhost/eqia')))).toMatchInlineSnapshot(
      `"Rhaid i gyfeiriad y storfa PostgreSQL ddechrau gyda postgres:// neu postgresql://, nid mysql://."`,
    );
    expect(
      await inWelsh(thrown(() => openPostgresStore('postgres://localhost/eqia', { schema: 'Eqia' }))),
    ).toMatchInlineSnapshot(
      `"Nid yw "Eqia" yn enw sgema PostgreSQL y gellir ei ddefnyddio: defnyddiwch lythrennau bach, digidau a thanlinellau, gan ddechrau gyda llythyren neu danlinell (63 nod ar y mwyaf)."`,
    );
  });

  it('words a server that cannot be reached on a real connection', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const store = openPostgresStore('postgres://nobody@127.0.0.1:1/x', {
      connectionTimeoutMillis: 2000,
      retryForMillis: 0,
    });
    const failure = await store.list().catch((error: unknown) => error);
    await store.close();
    expect(await inWelsh(failure)).toMatchInlineSnapshot(
      `"Ni ellir cyrraedd gweinydd PostgreSQL y storfa postgres://nobody@127.0.0.1:1/x (sgema eqia) (ECONNREFUSED). Ni ysgrifennwyd dim. Gwiriwch fod y gweinydd yn rhedeg, fod y gwesteiwr a’r porth yn yr URL yn gywir, ac nad oes mur gwarchod yn rhwystro’r porth; yna rhowch gynnig arall arni."`,
    );
  });
});
