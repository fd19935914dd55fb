import { workedExample } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { world } from './client-setup.js';
import { fullWalk } from './client-walk-steps.js';

describe('history', () => {
  it('says who did what, when, with the changed fields, and rebuilds any earlier version', async () => {
    const w = world();
    const amara = await w.as('amara');
    const ben = await w.as('ben');
    const { assessment } = await amara.create({ title: 'Travel expenses' });
    const id = assessment.id;
    await amara.edit(id, 'policy', (p) => {
      p.contributors.push('ben');
      p.team = 'Finance';
    });
    w.time.advanceDays(1);
    await ben.edit(id, 'policy', (p) => {
      p.scope = 'All staff claims';
    });
    await amara.screen(id, { kind: 'full_assessment', rationale: 'Affects every claimant.' });

    const history = await amara.history(id);
    expect(history.map(({ seq, type, by, at, changed }) => ({ seq, type, by, at, changed }))).toEqual([
      { seq: 1, type: 'create', by: 'amara', at: '2026-03-02T10:00:00.000Z', changed: [] },
      {
        seq: 2,
        type: 'edit',
        by: 'amara',
        at: '2026-03-02T10:00:00.000Z',
        changed: ['policy.contributors.0', 'policy.team'],
      },
      { seq: 3, type: 'edit', by: 'ben', at: '2026-03-03T10:00:00.000Z', changed: ['policy.scope'] },
      {
        seq: 4,
        type: 'screen',
        by: 'amara',
        at: '2026-03-03T10:00:00.000Z',
        changed: ['screening.decision', 'status'],
      },
    ]);
    expect(history.map((h) => h.summary)).toMatchInlineSnapshot(`
      [
        "created “Travel expenses” (revision 1)",
        "changed policy (2 changes)",
        "changed policy (1 change)",
        "decided at screening: full assessment needed; it is now being assessed",
      ]
    `);

    expect((await amara.versionAt(id, 1)).policy).toMatchObject({ team: '', scope: '', contributors: [] });
    expect((await amara.versionAt(id, 3)).policy).toMatchObject({
      team: 'Finance',
      scope: 'All staff claims',
    });
    await expect(amara.versionAt(id, 5)).rejects.toThrowErrorMatchingInlineSnapshot(
      `[ValidationError: Assessment id-1 has log entries 1 to 4; there is no entry 5. Pick one from its history.]`,
    );
  });
});

describe('diff between revisions', () => {
  it('lists the paths that differ between an assessment and its revision', async () => {
    const w = world();
    const { revisionId } = await fullWalk(w);
    const amara = await w.as('amara');
    const paths = (await amara.diff(workedExample.id, revisionId)).map((d) => d.path);
    expect(paths).toContain('decision.date');
    expect(paths).toContain('revision');
    expect(paths).toContain('supersedes');
    expect(paths.some((p) => p.startsWith('analysis'))).toBe(false);
    expect(await amara.diff(revisionId, revisionId)).toEqual([]);
    expect((await amara.diff(workedExample.id, revisionId)).find((d) => d.path === 'decision.date')).toEqual({
      path: 'decision.date',
      from: '2026-03-16',
      to: '2027-03-16',
    });
  });
});

describe('verify', () => {
  async function recorded() {
    const w = world();
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Car parking' });
    await amara.edit(assessment.id, 'policy', (p) => {
      p.team = 'Estates';
    });
    await amara.edit(assessment.id, 'policy', (p) => {
      p.scope = 'All sites';
    });
    const stored = w.backing.assessments.get(assessment.id);
    if (!stored) throw new Error('stored');
    return { amara, id: assessment.id, stored };
  }

  it('passes an untouched log', async () => {
    const { amara, id } = await recorded();
    expect(await amara.verify(id)).toEqual({ ok: true, entries: 3, signatures: [] });
  });

  it('pinpoints an event edited in the store', async () => {
    const { amara, id, stored } = await recorded();
    const event = stored.events[1]?.event as { patches: { value: unknown }[] };
    (event.patches[0] as { value: unknown }).value = 'Somebody else';
    expect(await amara.verify(id)).toMatchInlineSnapshot(`
      {
        "index": 1,
        "ok": false,
        "reason": "entry 2 does not match its hash: its content was edited",
        "signatures": [],
      }
    `);
  });

  it('pinpoints a removed event', async () => {
    const { amara, id, stored } = await recorded();
    stored.events.splice(1, 1);
    expect(await amara.verify(id)).toMatchObject({ ok: false, index: 1 });
  });

  it('catches a snapshot changed behind the log', async () => {
    const { amara, id, stored } = await recorded();
    stored.snapshot.assessment.policy.team = 'Facilities';
    expect(await amara.verify(id)).toMatchInlineSnapshot(`
      {
        "index": 3,
        "ok": false,
        "reason": "the stored snapshot differs from what the log replays to: it was changed outside the log",
        "signatures": [],
      }
    `);
  });

  it('catches a summary changed behind the log: what list and show print', async () => {
    const { amara, id, stored } = await recorded();
    stored.summary.title = 'Something else';
    stored.summary.team = 'Facilities';
    const result = await amara.verify(id);
    expect(result).toMatchObject({ ok: false, index: 3 });
    expect(result.ok || result.reason).toMatch(/summary.*team, title/);
  });

  it('catches a digest changed behind the log: what the annual report and check --all read', async () => {
    const w = world();
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Car parking' });
    const digest = w.backing.digests.get(assessment.id);
    if (!digest) throw new Error('digest');
    digest.annual.outcome = 'stop';
    const result = await amara.verify(assessment.id);
    expect(result.ok || result.reason).toMatch(/digest/);
  });
});
