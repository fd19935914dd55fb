import { defaultProfile } from '@eqia/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AssessmentStore } from '../store/port.js';
import type { StoreUnderTest } from './conformance.js';
import { freshStoreEach } from './fresh-store.js';
import { chainedAppend } from './sample-appends.js';

/**
 * Whatever text an author can type comes back exactly as written: NUL, lone surrogates, quotes and
 * newlines, in the summary, the snapshot and the log, as values and as keys. A store that keeps JSON in a
 * column that cannot hold some of it (PostgreSQL's text refuses NUL) must keep it another way.
 */
export function describeAwkwardText(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name} store keeps any text as written`, () => {
    let store: AssessmentStore;
    freshStoreEach(makeStore, defaultProfile, (made) => {
      store = made.store;
    });

    test('any string round-trips, as a value and as a key', async () => {
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
        { numRuns: 30, examples: [['\u0000'], ['\ud800'], ['"\\\u0000\n'], ['\udc00\ud800'], ['😀\u0000é']] },
      );
    }, 90_000);
  });
}
