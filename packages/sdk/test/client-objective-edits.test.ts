import { describe, expect, it } from 'vitest';
import { world } from './client-setup.js';

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
});
