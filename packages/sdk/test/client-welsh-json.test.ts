import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { profile } from './client-setup.js';

// An import of text that is not JSON says where it breaks, in the client's language, never Node's English.

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => new Error('imported'),
    (error: unknown) => error as Error,
  );

describe('an import of text that is not JSON', () => {
  it('says where it breaks, in Welsh for a Welsh client and in English for an English one', async () => {
    const store = createMemoryStore({ profile });
    const welsh = await createClient({ store, user: 'ops', locale: 'cy' });
    const english = await createClient({ store, user: 'ops', locale: 'en' });
    const record = (client: typeof welsh) =>
      refusal(client.importRecord('notjson\n', { source: 'notjson.txt', historical: false }));
    expect((await record(welsh)).message).toMatchInlineSnapshot(
      `"Nid yw’n JSON (cofnod yr asesiad notjson.txt): mae’r peth cyntaf sydd o’i le ar linell 1, colofn 2."`,
    );
    expect((await record(english)).message).toMatchInlineSnapshot(
      `"The assessment record notjson.txt is not JSON: the first thing wrong is at line 1, column 2."`,
    );
    expect(await record(welsh)).toMatchObject({ code: 'VALIDATION', name: 'ValidationError' });
    const exported = (client: typeof welsh) =>
      refusal(client.importAssessment('{"format": "eqia.assessment",'));
    expect((await exported(welsh)).message).toMatchInlineSnapshot(
      `"Nid yw’n JSON (yr allforyn): mae’n dod i ben ar linell 1, colofn 30, cyn cau’r hyn a agorodd."`,
    );
    expect((await exported(english)).message).toMatchInlineSnapshot(
      `"The export is not JSON: it stops at line 1, column 30, before what it opened is closed."`,
    );
    expect((await refusal(welsh.importAssessment(''))).message).toMatchInlineSnapshot(
      `"Nid yw’n JSON (yr allforyn): mae’n wag."`,
    );
  });
});
