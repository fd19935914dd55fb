import { type Frozen, workedExample } from '@eqia/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { world, writeWorkedExample } from './client-setup.js';

// Everything the client returns is frozen all the way down, in the same way: a consumer's change fails
// when it compiles (each `@ts-expect-error` below is checked by `pnpm typecheck`) and throws when it
// runs (this module is strict, as every ES module is). Lists are read-only lists: no `push`, no `[i] =`.

const id = workedExample.id;

/** Pushes onto a list as a consumer who cast its type away would, to show that it throws when it runs. */
const pushOnto = (list: readonly unknown[]) => () => (list as unknown[]).push('more');

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
      expect(() => {
        // @ts-expect-error: its lists are read-only: no push
        view.assessment.evidence.items.push(view.assessment.evidence.items[0]);
      }).toThrow(TypeError);
      expect(() => {
        // @ts-expect-error: nor an item replaced
        view.assessment.policy.otherGroups[0] = { id: 'x', label: 'X' };
      }).toThrow(TypeError);
      expect(view.findings.length).toBeGreaterThan(0);
      const finding = first(view.findings);
      expect(() => {
        // @ts-expect-error: a finding is read-only
        finding.message = 'Changed';
      }).toThrow(TypeError);
      expect(pushOnto(view.findings)).toThrow(TypeError);
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
    expect(pushOnto(snapshot.findings)).toThrow(TypeError);
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

  it('every other answer: totals, facts, overdue actions, reviews due, versions, differences and checks', async () => {
    const { amara } = await written();
    const answers = {
      annualTotals: await amara.annualTotals({ from: '2025-04-01', to: '2026-03-31', today: '2026-03-31' }),
      annualFacts: await amara.annualFacts(),
      overdueActions: await amara.overdueActions(),
      dueForReview: await amara.dueForReview(),
      history: await amara.history(id),
      versionAt: await amara.versionAt(id, 1),
      diff: await amara.diff(id, id),
      verify: await amara.verify(id),
      verifyProfile: await amara.verifyProfile(),
      data: await amara.data.current(),
      objectives: await amara.objectives.list(),
    };
    // Read-only in type, all the way down: what the client says it returns is Frozen.
    expectTypeOf(answers.annualTotals).toEqualTypeOf<Frozen<typeof answers.annualTotals>>();
    expectTypeOf(answers.history).toEqualTypeOf<Frozen<typeof answers.history>>();
    expectTypeOf(answers.versionAt).toEqualTypeOf<Frozen<typeof answers.versionAt>>();
    expectTypeOf(answers.verify).toEqualTypeOf<Frozen<typeof answers.verify>>();
    const facts = first(answers.annualFacts);
    expect(() => {
      // @ts-expect-error: a total's lists are read-only
      answers.annualTotals.inPeriod.push({ facts: facts.facts, state: 'draft' });
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error: and what they list
      facts.facts.title = 'Changed';
    }).toThrow(TypeError);
    // And frozen when it runs, every object and list of every answer.
    const unfrozen: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (typeof value !== 'object' || value === null) return;
      if (!Object.isFrozen(value)) unfrozen.push(path);
      for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
    };
    for (const [name, answer] of Object.entries(answers)) visit(answer, name);
    expect(unfrozen).toEqual([]);
    expect(answers.history.length).toBeGreaterThan(0);
  });
});

describe('the whole-store check', () => {
  // The memory store reads its checks in the order they were written: the client sorts them into list
  // order (a store that gives list order, as SQLite does, is confirmed instead).
  it('answers in list order, frozen', async () => {
    const { amara } = await written();
    const checks = await amara.checkAll();
    const listed = (await amara.list()).map(({ id }) => id);
    expect(listed.length).toBeGreaterThan(1);
    expect(checks.map(({ id }) => id)).toEqual(listed);
    expect(pushOnto(first(checks).findings)).toThrow(TypeError);
  });
});
