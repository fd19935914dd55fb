import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../src/messages/ui-language.js';
import { storePlace } from '../src/output/store-place.js';

describe('a store’s location in the run’s language', () => {
  afterEach(() => setUiLanguage('en'));

  it('names a PostgreSQL store’s schema in Welsh, and leaves any other location as it is', async () => {
    expect(storePlace('postgres://eqia@db:5432/eqia (schema eqia)')).toBe(
      'postgres://eqia@db:5432/eqia (schema eqia)',
    );
    await setUiLanguage('cy');
    expect(storePlace('postgres://eqia@db:5432/eqia (schema eqia)')).toMatchInlineSnapshot(
      `"postgres://eqia@db:5432/eqia (sgema eqia)"`,
    );
    expect(storePlace('/srv/eqia (schema) store')).toBe('/srv/eqia (schema) store');
  });
});
