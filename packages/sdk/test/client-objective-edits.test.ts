import { describe, expect, it } from 'vitest';
import { createClient } from '../src/client/create-client.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import { profile, world } from './client-setup.js';

const content = {
  title: 'Leadership and commitment',
  statement: 'Leaders model inclusive behaviour.',
  owner: 'julie',
  period: { start: '2026-04-01', end: '2029-03-31' },
};

describe('editing an objective', () => {
  it('records an edit once: the same changes applied again change nothing and add no log entry', async () => {
    const julie = await world().as('julie');
    const { objective } = await julie.objectives.create(content);
    const changes = { statement: 'Leaders model and report inclusive behaviour.' };
    const first = await julie.objectives.edit(objective.id, changes);
    const again = await julie.objectives.edit(objective.id, changes);
    expect(first.version).toBe(2);
    expect(again.version).toBe(2);
    expect(again.objective).toEqual(first.objective);
    expect(await julie.objectives.verify(objective.id)).toEqual({ ok: true, entries: 2 });
  });

  it('still judges a repeated edit: one nobody may make is refused even when it changes nothing', async () => {
    const w = world();
    const julie = await w.as('julie');
    const { objective } = await julie.objectives.create(content);
    const val = await w.as('val');
    await expect(
      val.objectives.edit(objective.id, { statement: content.statement }),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ForbiddenError: val may not change objective leadership-and-commitment: only its owner (julie), an equality lead or an admin may.]`,
    );
  });

  it('refuses an objective the store holds damaged, by name, and changes nothing', async () => {
    const w = world();
    const julie = await w.as('julie');
    const { objective } = await julie.objectives.create(content);
    const stored = w.backing.objectives.get(objective.id);
    if (!stored) throw new Error('the objective was stored');
    const damaged = { ...stored.snapshot.objective, period: { start: 'soon', end: '2029-03-31' } };
    w.backing.objectives.set(objective.id, {
      ...stored,
      snapshot: { ...stored.snapshot, objective: damaged },
    });
    await expect(julie.objectives.get(objective.id)).rejects.toThrowErrorMatchingInlineSnapshot(`
      [StoreCorruptError: The objective "leadership-and-commitment" in the eqia store memory does not match the schema, so eqia cannot act on it; nothing was changed. Restore the store from your latest backup. What is wrong:
        - period.start: give a date such as 2026-03-31
        - period.end: the period must end on or after its start]
    `);
    await expect(julie.objectives.all()).rejects.toThrow(/does not match the schema/);
    await expect(julie.objectives.edit(objective.id, { statement: 'New.' })).rejects.toThrow(
      /does not match the schema/,
    );
    expect(w.backing.objectives.get(objective.id)?.events).toHaveLength(1);
  });

  it('says an objective is not in the store in the client’s language', async () => {
    const store = createMemoryStore({
      profile: { ...profile, languages: { publishes: ['cy', 'en'], default: 'cy' } },
    });
    const welsh = await createClient({ store, user: 'julie' });
    const english = await createClient({ store, user: 'julie', locale: 'en' });
    await expect(welsh.objectives.get('nope')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[NotFoundError: Nid oes amcan "nope" yn y storfa yn memory: gwiriwch y dynodydd (mae \`eqia objectives list\` yn eu dangos).]`,
    );
    await expect(english.objectives.get('nope')).rejects.toThrowErrorMatchingInlineSnapshot(
      `[NotFoundError: There is no objective "nope" in the store at memory: check the id (\`eqia objectives list\` shows them).]`,
    );
  });
});
