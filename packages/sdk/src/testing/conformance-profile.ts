import { ConflictError, cafcassProfile, ForbiddenError, isEqiaError, type Profile } from '@eqia/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createClient } from '../client/create-client.js';
import type { AssessmentStore } from '../store/port.js';
import { ProfileChangedError } from '../store/store-errors.js';
import type { StoreUnderTest } from './conformance.js';
import { freshStoreEach } from './fresh-store.js';
import { sampleAppend } from './sample-appends.js';

const withRoles = (user: string, roles: Profile['users'][number]['roles']): Profile => ({
  ...cafcassProfile,
  users: cafcassProfile.users.map((each) => (each.id === user ? { ...each, roles } : each)),
});

/**
 * Every store versions its profile, and an append that names the version it was judged under is stored
 * only while the profile is still at it: what lets a client judge commands under the profile it holds,
 * without reading it before each one.
 */
export function describeProfileVersions(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name} store, the profile's version`, () => {
    let subject: StoreUnderTest;
    let store: AssessmentStore;
    freshStoreEach(makeStore, cafcassProfile, (made) => {
      subject = made;
      store = made.store;
    });

    test('the profile reads back with a version that changes when another profile is written', async () => {
      const first = await store.readStoredProfile();
      expect(first?.profile).toEqual(cafcassProfile);
      expect((await store.readStoredProfile())?.version).toBe(first?.version);
      await store.writeProfile(withRoles('val', ['author']));
      const second = await store.readStoredProfile();
      expect(second?.profile).toEqual(withRoles('val', ['author']));
      expect(second?.version).not.toBe(first?.version);
    });

    test('an append judged under a replaced profile is refused and writes nothing; under the current one it is stored', async () => {
      const judged = (await store.readStoredProfile())?.version;
      await store.append({ ...sampleAppend('a', 0), profileVersion: judged });
      const before = await store.read('a');
      await store.writeProfile(withRoles('amara', ['viewer']));
      for (const stale of [sampleAppend('a', 1), sampleAppend('b', 0)]) {
        const refused = store.append({ ...stale, profileVersion: judged });
        await expect(refused).rejects.toBeInstanceOf(ProfileChangedError);
        await expect(refused).rejects.toBeInstanceOf(ConflictError);
      }
      expect(await store.read('a')).toEqual(before);
      expect(await store.read('b')).toBeUndefined();
      expect(await store.list()).toEqual([before?.summary]);
      const now = (await store.readStoredProfile())?.version;
      await store.append({ ...sampleAppend('a', 1), profileVersion: now });
      expect((await store.read('a'))?.events).toHaveLength(2);
      // Without a version (a client with a profile of its own), the profile is not checked.
      await store.append(sampleAppend('a', 2));
      expect((await store.read('a'))?.events).toHaveLength(3);
    });

    test('any run of profile writes and appends stores exactly the appends judged under the current profile', async () => {
      const step = fc.oneof(
        fc.constant({ kind: 'profile' as const }),
        fc.record({
          kind: fc.constant('append' as const),
          stale: fc.boolean(),
          skew: fc.constantFrom(0, 0, 1),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
          const run = await makeStore();
          try {
            await run.store.init({ profile: cafcassProfile });
            const versions = [(await run.store.readStoredProfile())?.version];
            let stored = 0;
            for (const [n, each] of steps.entries()) {
              if (each.kind === 'profile') {
                await run.store.writeProfile(withRoles('val', n % 2 ? ['viewer'] : ['author']));
                versions.push((await run.store.readStoredProfile())?.version);
                continue;
              }
              const judged = each.stale && versions.length > 1 ? versions.at(-2) : versions.at(-1);
              const request = sampleAppend('a', stored + each.skew, { by: `step${n}` });
              const outcome = await run.store.append({ ...request, profileVersion: judged }).then(
                () => 'stored',
                (error: unknown) => (isEqiaError(error) ? error.code : String(error)),
              );
              const accepted = judged === versions.at(-1) && each.skew === 0;
              expect(outcome).toBe(accepted ? 'stored' : 'CONFLICT');
              if (accepted) stored += 1;
            }
            expect((await run.store.read('a'))?.events.length ?? 0).toBe(stored);
          } finally {
            await run.store.close();
            await run.cleanup();
          }
        }),
        { numRuns: 8 },
      );
    }, 60_000);

    test("a session's next edit counts a role taken away, or given back, by another client at once", async () => {
      const other = (await subject.openAnother?.()) ?? store;
      const amara = await createClient({ store, user: 'amara' });
      const ops = await createClient({ store: other, user: 'ops' });
      const { assessment } = await amara.create({ title: 'Remote hearings' });
      const session = await amara.open(assessment.id);
      const edit = (scope: string) =>
        session.edit('policy', (policy) => {
          policy.scope = scope;
        });
      const amaraMay = (roles: Profile['users'][number]['roles']) =>
        ops.updateProfile((draft) => {
          for (const user of draft.users) if (user.id === 'amara') user.roles = roles;
        });
      await edit('First');
      await amaraMay(['viewer']);
      await expect(edit('Taken away')).rejects.toBeInstanceOf(ForbiddenError);
      await amaraMay(['author']);
      expect((await edit('Given back')).assessment.policy.scope).toBe('Given back');
      expect((await store.read(assessment.id))?.snapshot.assessment.policy.scope).toBe('Given back');
      if (other !== store) await other.close();
    });
  });
}
