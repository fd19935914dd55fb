import { workedExample } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { world, writeWorkedExample } from './client-setup.js';

// Everything the client returns is frozen all the way down, in the same way: a consumer's change fails
// when it compiles (each `@ts-expect-error` below is checked by `pnpm typecheck`) and throws when it
// runs (this module is strict, as every ES module is). Lists are typed as lists; their `push` throws.

const id = workedExample.id;

/** Pushes onto a list the types let through, to show that it throws when it runs. */
const pushOnto = (list: unknown[]) => () => list.push('more');

function first<T>(list: readonly T[]): T {
  const [item] = list;
  if (item === undefined) throw new Error('expected at least one');
  return item;
}

async function written() {
  const w = world();
  const amara = await w.as('amara');
  await writeWorkedExample(amara);
  // A draft just begun, whose findings are many.
  const { assessment } = await amara.create({ title: 'Booking rooms online' });
  return { w, amara, draft: assessment.id };
}

describe('what the client returns cannot be changed', () => {
  it('a command’s view and a read view: the assessment, its status, summary and findings', async () => {
    const { amara, draft } = await written();
    const edited = await amara.edit(draft, 'policy', (policy) => {
      policy.team = 'Operations';
    });
    for (const view of [edited, await amara.get(draft)]) {
      expect(() => {
        // @ts-expect-error: the assessment is read-only
        view.assessment.policy.title = 'Changed';
      }).toThrow(TypeError);
      expect(() => {
        // @ts-expect-error: its status too
        view.status.state = 'published';
      }).toThrow(TypeError);
      expect(() => {
        // @ts-expect-error: and its summary
        view.summary.title = 'Changed';
      }).toThrow(TypeError);
      expect(pushOnto(view.assessment.evidence.items as unknown[])).toThrow(TypeError);
      expect(view.findings.length).toBeGreaterThan(0);
      const finding = first(view.findings);
      expect(() => {
        // @ts-expect-error: a finding is read-only
        finding.message = 'Changed';
      }).toThrow(TypeError);
      expect(pushOnto(view.findings as unknown[])).toThrow(TypeError);
    }
    // What the client was told stays as it was.
    expect((await amara.get(draft)).assessment.policy.team).toBe('Operations');
  });

  it('summaries, snapshots (their findings worked out when read) and check results', async () => {
    const { amara } = await written();
    const summary = first(await amara.list());
    expect(() => {
      // @ts-expect-error: a summary is read-only
      summary.state = 'published';
    }).toThrow(TypeError);
    const snapshot = first(await amara.snapshots());
    expect(() => {
      // @ts-expect-error: a snapshot's assessment is read-only
      snapshot.assessment.policy.title = 'Changed';
    }).toThrow(TypeError);
    expect(pushOnto(snapshot.findings as unknown[])).toThrow(TypeError);
    const checks = await amara.checkAll();
    const checked = first(first(checks.filter(({ findings }) => findings.length > 0)).findings);
    expect(() => {
      // @ts-expect-error: a check's findings are read-only
      checked.severity = 'info';
    }).toThrow(TypeError);
    const permissions = await amara.allowed(id);
    expect(() => {
      // @ts-expect-error: so is what a user may do
      permissions.commands.submit = { allowed: true };
    }).toThrow(TypeError);
    const entry = first(await amara.history(id));
    expect(pushOnto(entry.changed)).toThrow(TypeError);
  });

  it('objectives, the profile and the user', async () => {
    const { w } = await written();
    const julie = await w.as('julie');
    const created = await julie.objectives.create({
      title: 'Leadership and commitment',
      statement: 'Leaders model inclusive behaviour.',
      owner: 'julie',
      period: { start: '2026-04-01', end: '2029-03-31' },
    });
    const listed = first(await julie.objectives.list());
    const every = first(await julie.objectives.all());
    for (const objective of [created.objective, every]) {
      expect(() => {
        // @ts-expect-error: an objective is read-only
        objective.title = 'Changed';
      }).toThrow(TypeError);
    }
    expect(() => {
      // @ts-expect-error: and its summary
      listed.title = 'Changed';
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error: the profile the client holds is read-only
      julie.profile.name = 'Changed';
    }).toThrow(TypeError);
    expect(pushOnto(julie.user.roles)).toThrow(TypeError);
  });

  it('what a session returns and what a subscriber hears', async () => {
    const { amara } = await written();
    const heard: unknown[] = [];
    amara.subscribe((change) => heard.push(change));
    const session = await amara.open(id);
    const view = await session.edit('policy', (policy) => {
      policy.team = 'Operations';
    });
    expect(() => {
      // @ts-expect-error: a session's view is read-only
      view.assessment.policy.title = 'Changed';
    }).toThrow(TypeError);
    expect(Object.isFrozen((await session.view()).assessment.policy)).toBe(true);
    expect(heard).toHaveLength(1);
    expect(Object.isFrozen(heard[0])).toBe(true);
  });
});
