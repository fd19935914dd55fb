import {
  type Actor,
  type AssessmentEvent,
  createAssessment,
  createLifecycle,
  editSection,
  type PersistedSnapshot,
  partsChangedBy,
  type SectionId,
} from '@eqia/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSnapshotTexts } from '../src/client/snapshot-text.js';
import { createMemoryStore } from '../src/index.js';
import type { AppendRequest, AssessmentStore } from '../src/store/port.js';
import { profile, world } from './client-setup.js';

/** A memory store that keeps every append request it is given. */
function recordingStore(): { store: AssessmentStore; appends: AppendRequest[] } {
  const inner = createMemoryStore({ profile });
  const appends: AppendRequest[] = [];
  const store: AssessmentStore = Object.create(inner);
  store.append = (request, call) => {
    appends.push(request);
    return inner.append(request, call);
  };
  return { store, appends };
}

const lifecycle = createLifecycle();
const author: Actor = { id: 'amara', roles: ['author'] };

describe("a session's snapshot text", () => {
  it('is exactly JSON.stringify of the snapshot it saves, across edits, Welsh, other commands and a writer in between', async () => {
    const { store, appends } = recordingStore();
    const w = world({ store });
    const amara = await w.as('amara');
    const { assessment } = await amara.create({ title: 'Booking rooms online' });
    const session = await amara.open(assessment.id);
    await session.edit('policy', (policy) => {
      policy.scope = 'Both offices — “all staff”';
      policy.contributors = ['ben'];
    });
    await session.edit('policy', (_policy, welsh) => welsh.set('scope', 'Y ddwy swyddfa: ŵ ŷ'));
    await session.edit('decision', (decision) => {
      decision.maker = 'Director of Estates';
    });
    // Another writer appends: the session's next command starts again from a fresh read.
    await (await w.as('ben')).edit(assessment.id, 'evidence', (evidence) => {
      evidence.gaps.push({ id: 'gap-1', description: 'No data', characteristics: [], actionIds: [] });
    });
    await session.edit('policy', (policy) => {
      policy.aims = 'Fewer journeys';
    });
    await session.screen({ kind: 'full_assessment', rationale: 'Relevant to disability' });
    await session.edit('policy', (policy) => {
      policy.aims = 'Fewer journeys, fewer delays';
    });
    const texts = appends.filter((request) => request.snapshotText !== undefined);
    // Six commands of the session, one of them tried twice: first on what it held, refused as stale.
    expect(texts).toHaveLength(7);
    for (const request of texts) expect(request.snapshotText).toBe(JSON.stringify(request.snapshot));
    const stored = await (await w.as('val')).get(assessment.id);
    expect(stored.assessment.evidence.gaps.map((gap) => gap.id)).toEqual(['gap-1']);
    expect(stored.assessment.policy.aims).toBe('Fewer journeys, fewer delays');
  });

  it('reuses only the text of a version it made itself, the one the event follows', () => {
    // A random run of edits. Some follow the version last made (its parts are reused); others follow a
    // version another writer made, which changed a section the event does not: nothing may be reused.
    const at = '2026-01-01T09:00:00.000Z';
    const fields = { policy: 'aims', decision: 'maker' } as const;
    const sections = Object.keys(fields) as (keyof typeof fields)[];
    const edit = (snapshot: PersistedSnapshot, section: keyof typeof fields, text: string) => {
      const { patches } = editSection(snapshot.assessment, section as SectionId, (draft) => {
        (draft as Record<string, unknown>)[fields[section]] = text;
      });
      const event: AssessmentEvent = { type: 'edit', by: author, at, section, patches };
      return patches.length ? { event, snapshot: lifecycle.apply(snapshot, event) } : undefined;
    };
    const step = fc.record({
      section: fc.constantFrom(...sections),
      text: fc.string({ unit: 'binary' }),
      follows: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 12 }), (steps) => {
        const texts = createSnapshotTexts();
        const assessment = createAssessment({
          id: 'eqia-1',
          title: 'Rooms',
          createdBy: 'amara',
          createdAt: at,
          profile,
        });
        let snapshot = lifecycle.start({ type: 'create', by: author, at, assessment });
        let last = 'h0';
        expect(texts.text(snapshot, undefined, undefined, last)).toBe(JSON.stringify(snapshot));
        steps.forEach(({ section, text, follows }, index) => {
          if (!follows) {
            const other = sections.find((candidate) => candidate !== section) as keyof typeof fields;
            snapshot = edit(snapshot, other, `${text} (elsewhere ${index})`)?.snapshot ?? snapshot;
            last = `another writer's ${index}`;
          }
          const edited = edit(snapshot, section, text);
          if (!edited) return;
          snapshot = edited.snapshot;
          const recorded = `h${index + 1}`;
          const made = texts.text(snapshot, partsChangedBy(edited.event), last, recorded);
          expect(made).toBe(JSON.stringify(snapshot));
          last = recorded;
        });
      }),
      { numRuns: 60 },
    );
  });
});
