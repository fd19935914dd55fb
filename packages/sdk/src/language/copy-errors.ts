// The words of copyStore's errors (`eqia migrate-store`), in English: the shape the Welsh follows.

export const englishCopyErrors = {
  notFaithful: ({ id, to, from }: { id: string; to: string; from: string }) =>
    `Assessment ${id} read back from ${to} does not end with the same hash as in ${from}: the copy is not faithful. Check the target store.`,
  objectiveUnreadable: ({ id, store }: { id: string; store: string }) =>
    `Objective ${id} is listed in ${store} but cannot be read: check the store, then copy again.`,
  objectiveBroken: ({ id, store, reason }: { id: string; store: string; reason: string }) =>
    `The log of objective ${id} in ${store} does not verify (${reason}): the copy stopped before writing anything. Investigate that history before migrating.`,
  targetHolds: ({ to, held }: { to: string; held: number }) =>
    `The target store ${to} already holds ${held} assessment${held === 1 ? '' : 's'}: a store is copied only into an empty one, so nothing was written. Point the copy at a new store (another file, database or schema).`,
  targetProfile: ({ to }: { to: string }) =>
    `The target store ${to} already has a different profile: a store is copied only into an empty one, so nothing was written. Point the copy at a new store (another file, database or schema).`,
  assessmentUnreadable: ({ id, store }: { id: string; store: string }) =>
    `Assessment ${id} is listed in ${store} but cannot be read: check the store, then copy again.`,
  chainBroken: ({ id, store, entry, reason }: { id: string; store: string; entry: number; reason: string }) =>
    `The audit chain of assessment ${id} in ${store} does not verify at entry ${entry} (${reason}): the copy stopped there. Investigate that history before migrating.`,
};

export type CopyErrorWords = typeof englishCopyErrors;
