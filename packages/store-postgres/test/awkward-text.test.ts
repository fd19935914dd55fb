import { defaultProfile as profile } from '@eqia/core';
import { chainedAppend } from '@eqia/sdk/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noServer, openTestStore } from './server.js';

describe.skipIf(noServer)('text PostgreSQL finds awkward', () => {
  it('keeps any string an author can type, NUL and lone surrogates included, exactly as written', async () => {
    const store = openTestStore();
    await store.init({ profile });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 40 }), async (text) => {
        const id = `t${n++}`;
        const request = chainedAppend(id, 1, [], {
          event: () => ({ type: 'edited', note: text, [text]: 'as a key' }),
        });
        request.snapshot.assessment.policy.title = text;
        request.summary.title = text;
        await store.append(request);
        expect(await store.read(id)).toEqual({
          summary: request.summary,
          snapshot: request.snapshot,
          events: request.events,
        });
      }),
      { numRuns: 30, examples: [['\u0000'], ['\ud800'], ['"\\\u0000\n']] },
    );
    await store.close();
  });
});
