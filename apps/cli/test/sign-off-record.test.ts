import { renderAssessmentHtml, renderAssessmentMarkdown } from '@eqia/report';
import { createClient, createMemoryStore } from '@eqia/sdk';
import { describe, expect, it } from 'vitest';
import { buildDemo } from '../src/demo/build-demo.js';
import { testNow } from './support/cli.js';

// What was signed stays as signed: a published sign-off names its signers as they were when they signed,
// whatever the profile says of them later.
describe('a published sign-off', () => {
  it('still names a signer who was renamed, and one who was removed, as they were at signing', async () => {
    const store = createMemoryStore();
    await buildDemo(store, new Date(testNow));
    const ops = await createClient({ store, user: 'ops', clock: () => new Date(testNow) });
    await ops.updateProfile((draft) => {
      const julie = draft.users.find((user) => user.id === 'julie');
      if (julie) Object.assign(julie, { name: 'Julie Renamed', jobTitle: 'Chief Officer' });
      const amara = draft.users.find((user) => user.id === 'amara');
      if (amara) amara.name = 'Amara Renamed';
      draft.users = draft.users.filter((user) => user.id !== 'sam');
    });
    const view = await ops.get('fhdra-pathfinder');
    const input = { ...view, profile: ops.profile, generatedAt: testNow };
    for (const page of [renderAssessmentHtml(input), renderAssessmentMarkdown(input)]) {
      expect(page).toContain('Julie Brown, Strategic Lead for EDI');
      expect(page).toContain('Sam Patel, Director of Operations');
      // Amara published it: the owner is named as the profile says now, the publisher as they were.
      expect(page).toContain('Amara Okafor');
      expect(page).not.toMatch(/Julie Renamed|Chief Officer/);
    }
    expect(view.assessment.review.approvals.map((approval) => approval.signer)).toEqual([
      { name: 'Julie Brown', jobTitle: 'Strategic Lead for EDI' },
      { name: 'Sam Patel', jobTitle: 'Director of Operations' },
    ]);
    await ops.close();
  }, 60_000);
});
