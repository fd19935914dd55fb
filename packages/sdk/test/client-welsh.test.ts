import { cafcassProfile, type Profile } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { createMemoryStore } from '../src/store/memory-store.js';

const bilingual: Profile = { ...cafcassProfile, languages: { publishes: ['cy', 'en'], default: 'cy' } };

describe('Welsh text through the client', () => {
  it('is set by a section’s recipe, kept in the log, and satisfies the Welsh check', async () => {
    const store = createMemoryStore({ profile: bilingual });
    const amara = await createClient({ store, user: 'amara' });
    const { assessment } = await amara.create({ title: 'Video hearings' });
    const missing = async () =>
      (await amara.get(assessment.id)).findings
        .filter((finding) => finding.ruleId === 'welsh-text-written')
        .map((finding) => finding.path);
    await amara.edit(assessment.id, 'policy', (policy) => {
      policy.aims = 'Fewer adjournments';
    });
    expect(await missing()).toEqual(['policy.title', 'policy.aims']);
    const view = await amara.edit(assessment.id, 'policy', (_policy, welsh) => {
      welsh.set('title', 'Gwrandawiadau fideo');
      welsh.set('aims', 'Llai o ohiriadau');
    });
    expect(view.assessment.welsh).toEqual({
      'policy/title': 'Gwrandawiadau fideo',
      'policy/aims': 'Llai o ohiriadau',
    });
    expect(await missing()).toEqual([]);
    // Another client, reading the store afresh, sees the same Welsh.
    const julie = await createClient({ store, user: 'julie' });
    expect((await julie.get(assessment.id)).assessment.welsh).toEqual(view.assessment.welsh);
  });
});
