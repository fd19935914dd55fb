import { defaultProfile, isEqiaError, type Profile } from '@eqia/core';
import { describe, expect, test } from 'vitest';
import { createClient } from '../client/create-client.js';
import type { EqiaClient } from '../client/types.js';
import type { StoreUnderTest } from './conformance.js';
import { freshStoreEach } from './fresh-store.js';

const profile: Profile = {
  ...defaultProfile,
  users: [
    { id: 'julie', name: 'Julie Brown', jobTitle: 'Strategic Lead for EDI', roles: ['equality_lead'] },
    { id: 'amara', name: 'Amara Okafor', jobTitle: 'Head of Practice Policy', roles: ['author'] },
  ],
};

const workforce = 'category,count\nasian,40\nblack,"1,010"\nmixed,25\nwhite,700\nother,3\nnot known,12\n';
const payGap = [
  'measure,value',
  'mean_hourly_gap,-0.2',
  'median_hourly_gap,0',
  'bonus_paid_men,3.4',
  'bonus_paid_women,6.5',
  ...['lower', 'lower_middle', 'upper_middle', 'upper'].flatMap((q) => [
    `${q}_quartile_men,16.4`,
    `${q}_quartile_women,83.6`,
  ]),
].join('\n');

/** What every store keeps of the organisation's equality data: each import, in order, exactly. */
export function describeEqualityData(name: string, makeStore: () => Promise<StoreUnderTest>): void {
  describe(`${name} store, equality data`, () => {
    let as: (user: string) => Promise<EqiaClient>;
    freshStoreEach(makeStore, profile, ({ store }) => {
      as = (user) => createClient({ store, user, clock: () => new Date('2026-05-01T09:00:00Z') });
    });

    test('keeps every import in order and reads back the latest of each', async () => {
      const julie = await as('julie');
      const first = await julie.data.importPopulation({
        population: 'workforce',
        categorySet: 'ethnic_group',
        csv: workforce,
        period: '2025-26',
      });
      const gap = await julie.data.importPayGap({
        dimension: 'sex',
        csv: payGap,
        period: '2025-26',
        snapshotDate: '2025-03-31',
        narrative: 'Most of our staff are women, at every grade.',
      });
      const again = await julie.data.importPopulation({
        population: 'workforce',
        categorySet: 'ethnic_group',
        csv: workforce.replace('asian,40', 'asian,41'),
        period: '2025-26',
      });
      expect(await julie.data.history()).toEqual([first, gap, again]);
      expect(await julie.data.current()).toEqual([again, gap]);
      expect(gap.data).toMatchObject({ meanHourlyGap: -0.2, bonusPaid: { reference: 3.4 } });
      const figures = await julie.data.figures();
      expect(figures.profiles[0]?.rows.find((row) => row.id === 'other')?.count).toBeNull();
    });

    test('refuses an import from a user who is not an equality lead, and keeps nothing', async () => {
      const amara = await as('amara');
      const refused = await amara.data
        .importPayGap({ dimension: 'sex', csv: payGap, period: '2025-26', snapshotDate: '2025-03-31' })
        .then(
          () => 'resolved',
          (error: unknown) => (isEqiaError(error) ? error.code : String(error)),
        );
      expect(refused).toBe('FORBIDDEN');
      expect(await amara.data.history()).toEqual([]);
    });
  });
}
