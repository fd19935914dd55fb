import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../src/index.js';
import type { AssessmentStore, StoredChecks } from '../src/store/port.js';
import { profile, world, writeWorkedExample } from './client-setup.js';

/** Everything an iteration gives, in order. */
async function all<T>(each: AsyncIterable<T>): Promise<T[]> {
  const found: T[] = [];
  for await (const item of each) found.push(item);
  return found;
}

describe('checkEach', () => {
  it("gives checkAll's items, in the same order and as frozen, with or without a filter", async () => {
    const w = world();
    const amara = await w.as('amara');
    await writeWorkedExample(amara);
    for (const title of ['Booking rooms online', 'Parking permits', 'Translation services'])
      await amara.create({ title });
    for (const filter of [undefined, {}, { state: 'draft' as const }, { text: 'parking' }]) {
      const each = await all(amara.checkEach(filter));
      expect(each).toEqual(await amara.checkAll(filter));
      expect(each.every((item) => Object.isFrozen(item) && Object.isFrozen(item.findings))).toBe(true);
    }
    expect((await all(amara.checkEach())).map(({ id }) => id)).toEqual(
      (await amara.list()).map(({ id }) => id),
    );
  });

  it("names each by the title's Welsh too where one is written, as a listing does", async () => {
    const w = world();
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Hybrid working' });
    await amara.edit(assessment.id, 'policy', (_policy, welsh) => welsh.set('title', 'Gweithio hybrid'));
    await amara.create({ title: 'Car parking' });
    const shown = async (client: typeof amara) =>
      (await client.checkAll())
        .map(({ findings: _, ...rest }) => rest)
        .sort((a, b) => a.title.localeCompare(b.title));
    const expected = [
      { id: expect.any(String), title: 'Car parking', state: 'draft' },
      { id: assessment.id, title: 'Hybrid working', welshTitle: 'Gweithio hybrid', state: 'draft' },
    ];
    expect(await shown(amara)).toEqual(expected);
    // Its snapshot read where no current digest judges it (a changed profile), with the same titles.
    await w.store.writeProfile({ ...profile, name: 'A profile changed since' });
    expect(await shown(await w.as('amara'))).toEqual(expected);
    await amara.edit(assessment.id, 'policy', (policy) => {
      policy.title = 'Hybrid working for everyone';
    });
    expect((await amara.checkAll({ text: 'hybrid' }))[0]).toMatchObject({
      welshTitle: 'Gweithio hybrid',
      welshTitleStale: true,
    });
  });

  it('reads the store a batch at a time, as the items are asked for', async () => {
    const store = createMemoryStore({ profile });
    const given: number[] = [];
    const readChecks = store.readChecks?.bind(store);
    const counting: AssessmentStore = Object.assign(Object.create(store), {
      async *readChecks(batch: number) {
        for await (const found of readChecks?.(batch) ?? []) {
          given.push(found.length);
          yield found as readonly StoredChecks[];
        }
      },
    });
    const w = world({ store: counting });
    const amara = await w.as('amara');
    for (let n = 0; n < 101; n += 1) await amara.create({ title: `Assessment ${n}` });
    const each = amara.checkEach()[Symbol.asyncIterator]();
    expect(given).toEqual([]);
    await each.next();
    expect(given).toEqual([100]);
    let count = 1;
    while (!(await each.next()).done) count += 1;
    expect({ count, given }).toEqual({ count: 101, given: [100, 1] });
  }, 60_000);

  it('refuses a user the profile does not know when the first item is asked for', async () => {
    const w = world();
    const amara = await w.as('amara');
    await amara.create({ title: 'Booking rooms online' });
    const gone = { ...profile, users: profile.users.filter((user) => user.id !== 'amara') };
    await w.store.writeProfile(gone);
    const each = amara.checkEach();
    await expect(all(each)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: "amara" is not a user of this profile (Cafcass example profile; users: ben, julie, sam, nadia, owen, rachel, ops, val). An admin can add them with \`eqia users add amara --name "…" --roles author\`.]`,
    );
  });
});
