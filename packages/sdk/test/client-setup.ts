import {
  type Assessment,
  cafcassProfile,
  type Profile,
  type SectionId,
  workedExample,
  workedExampleNow,
} from '@eqia/core';
import { createClient } from '../src/client/create-client.js';
import type { EqiaClient } from '../src/client/types.js';
import { createMemoryBacking, createMemoryStore, type MemoryBacking } from '../src/store/memory-store.js';
import type { AssessmentStore } from '../src/store/port.js';

// Shared by the client tests: the Cafcass profile's people, a clock the test moves, ids that count up.
// amara (author, owns the worked example), ben (author, contributor on it), julie (equality lead),
// sam (approver), ops (admin), val (viewer).

export const profile: Profile = cafcassProfile;

/** A clock tests move by hand; starts when the worked example is ready to submit. */
export function testClock(start = workedExampleNow) {
  let now = new Date(start);
  return {
    clock: () => new Date(now),
    set(iso: string) {
      now = new Date(iso);
    },
    advanceDays(days: number) {
      now = new Date(now.getTime() + days * 86_400_000);
    },
  };
}

export function counterIds(prefix = 'id') {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

export interface World {
  backing: MemoryBacking;
  store: AssessmentStore;
  time: ReturnType<typeof testClock>;
  as(user: string): Promise<EqiaClient>;
}

/** One memory store with the profile, and clients for any of its users sharing the clock and ids. */
export function world(options: { store?: AssessmentStore; profile?: Profile } = {}): World {
  const backing = createMemoryBacking();
  const store = options.store ?? createMemoryStore({ backing, profile: options.profile ?? profile });
  const time = testClock();
  const newId = counterIds();
  return {
    backing,
    store,
    time,
    as: (user) => createClient({ store, user, clock: time.clock, newId }),
  };
}

/** The worked example's content sections, written in order through the client as its author would. */
export const draftSections = ['policy', 'decision'] as const satisfies readonly SectionId[];
export const assessingSections = [
  'evidence',
  'engagement',
  'analysis',
  'intersectionality',
  'generalDuty',
  'outcome',
  'actions',
  'monitoring',
] as const satisfies readonly SectionId[];

/** Creates the worked example through the client: created, edited, screened in, every section written. */
export async function writeWorkedExample(author: EqiaClient, id = workedExample.id): Promise<void> {
  await author.create({ id, title: workedExample.policy.title });
  for (const section of draftSections)
    await author.edit(id, section, () => structuredClone(workedExample[section]));
  await author.edit(id, 'screening', (screening) => {
    screening.answers = structuredClone(workedExample.screening.answers);
  });
  const decision = workedExample.screening.decision;
  if (!decision) throw new Error('the worked example has a screening decision');
  await author.screen(id, { kind: decision.kind, rationale: decision.rationale });
  for (const section of assessingSections) {
    await author.edit(
      id,
      section,
      () => structuredClone(workedExample[section]) as Assessment[typeof section],
    );
  }
}
