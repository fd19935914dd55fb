import { type Assessment, ForbiddenError, NotFoundError, workedExample } from '@eqia/core';
import { digestAssessment } from '@eqia/core/checks';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../src/index.js';
import type { AssessmentStore } from '../src/store/port.js';
import { assessingSections, draftSections, profile, world } from './client-setup.js';

/** A memory store that counts its reads of whole assessments. */
function countingStore(): { store: AssessmentStore; reads: () => number } {
  const inner = createMemoryStore({ profile });
  let reads = 0;
  return {
    store: {
      ...inner,
      kind: inner.kind,
      location: inner.location,
      read: (id) => {
        reads++;
        return inner.read(id);
      },
    },
    reads: () => reads,
  };
}

const scope = (text: string) => (policy: { scope: string }) => {
  policy.scope = text;
};

describe('a session holds one assessment open', () => {
  it('runs its commands from what it holds, without reading the store again', async () => {
    const counting = countingStore();
    const w = world({ store: counting.store });
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Booking rooms online' });
    const session = await amara.open(assessment.id);
    const before = counting.reads();
    await session.edit('policy', scope('Both offices.'));
    await session.edit('policy', scope('Both offices and the depot.'));
    const view = await session.edit('decision', (decision) => {
      decision.maker = 'Director of Estates';
    });
    expect(counting.reads()).toBe(before);
    expect(view.summary.version).toBe(4);
    // What the store holds is what the session wrote.
    const stored = await (await w.as('val')).get(assessment.id);
    expect(stored.assessment.policy.scope).toBe('Both offices and the depot.');
    expect(stored.assessment.decision.maker).toBe('Director of Estates');
  });

  it('loses nothing another writer appended in between: the command starts again from a fresh read', async () => {
    const w = world();
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Booking rooms online' });
    await amara.edit(assessment.id, 'policy', (policy) => {
      policy.contributors = ['ben'];
    });
    const session = await amara.open(assessment.id);
    await (await w.as('ben')).edit(assessment.id, 'decision', (decision) => {
      decision.maker = 'Director of Estates';
    });
    const view = await session.edit('policy', scope('Both offices.'));
    expect(view.assessment.decision.maker).toBe('Director of Estates');
    expect(view.assessment.policy.scope).toBe('Both offices.');
    expect(view.summary.version).toBe(4);
    const history = await amara.history(assessment.id);
    expect(history.map((entry) => entry.by)).toEqual(['amara', 'amara', 'ben', 'amara']);
  });

  it('reads the profile before every command, so a role taken away takes effect at once', async () => {
    const w = world();
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Booking rooms online' });
    const session = await amara.open(assessment.id);
    await (await w.as('ops')).updateProfile((draft) => {
      const user = draft.users.find((candidate) => candidate.id === 'amara');
      if (user) user.roles = ['viewer'];
    });
    await expect(session.edit('policy', scope('Both offices.'))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('stores with each command the digest of the assessment it leaves, though it works out only what changed', async () => {
    const w = world();
    const amara = await w.as('amara');
    await amara.create({ id: workedExample.id, title: workedExample.policy.title });
    const session = await amara.open(workedExample.id);
    const storedDigest = async () => {
      const [read] = (await w.store.readDigests?.([workedExample.id])) ?? [];
      const stored = await w.store.read(workedExample.id);
      expect(read?.digest).toEqual(digestAssessment(stored?.snapshot.assessment as Assessment, profile, []));
    };
    for (const section of draftSections) {
      await session.edit(section, () => structuredClone(workedExample[section]));
      await storedDigest();
    }
    const decision = workedExample.screening.decision as NonNullable<Assessment['screening']['decision']>;
    await session.screen({ kind: decision.kind, rationale: decision.rationale });
    await storedDigest();
    for (const section of assessingSections) {
      await session.edit(
        section,
        () => structuredClone(workedExample[section]) as Assessment[typeof section],
      );
      await storedDigest();
    }
    await session.edit('actions', (actions) => {
      actions.pop();
    });
    await storedDigest();
    await session.edit('policy', scope('Both offices.'));
    await storedDigest();
  });

  it('opening an assessment the store does not hold is NOT_FOUND', async () => {
    const amara = await world().as('amara');
    await expect(amara.open('nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('loses none of several edits started at once, and its log stays the store’s', async () => {
    const counting = countingStore();
    const w = world({ store: counting.store });
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Booking rooms online' });
    const session = await amara.open(assessment.id);
    await Promise.all([
      session.edit('policy', scope('Both offices.')),
      session.edit('decision', (decision) => {
        decision.maker = 'Director of Estates';
      }),
    ]);
    for (const text of ['One.', 'Two.', 'Three.']) await session.edit('policy', scope(text));
    const view = await session.view();
    expect(view.summary.version).toBe(6);
    expect(view.assessment.decision.maker).toBe('Director of Estates');
    // The session's next save links onto the store's log: it verifies, and the store has every edit.
    const reads = counting.reads();
    await session.edit('policy', scope('Four.'));
    expect(counting.reads()).toBe(reads);
    expect(await amara.verify(assessment.id)).toMatchObject({ ok: true, entries: 7 });
    const stored = await (await w.as('val')).get(assessment.id);
    expect(stored.assessment).toMatchObject({
      policy: { scope: 'Four.' },
      decision: { maker: 'Director of Estates' },
    });
  });
});
