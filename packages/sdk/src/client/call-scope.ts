import { type CallOptions, throwIfCancelled } from '../store/cancellation.js';
import type { AssessmentStore } from '../store/port.js';
import type { ClientContext } from './context.js';

/**
 * The context of one client call made with `{ signal }`: every store call it makes checks the signal
 * first and hands it to the store, which stops waiting (for a lock, a connection, a query) when it
 * fires. Without a signal, the context itself.
 */
export function scoped(context: ClientContext, call: CallOptions | undefined): ClientContext {
  const signal = call?.signal;
  if (!signal) return context;
  return { ...context, store: withSignal(context.store, signal) };
}

/** The store, each of whose calls is refused once the signal has fired and is told of it otherwise. */
function withSignal(store: AssessmentStore, signal: AbortSignal): AssessmentStore {
  const call = { signal };
  const guard = <T>(work: () => Promise<T>): Promise<T> => {
    try {
      throwIfCancelled(signal);
    } catch (error) {
      return Promise.reject(error);
    }
    return work();
  };
  const { readSnapshots, readDigests, readChecks, annualTotals } = store;
  return {
    kind: store.kind,
    location: store.location,
    ...(store.listsExactly && { listsExactly: true }),
    exists: () => guard(() => store.exists(call)),
    init: (options) => guard(() => store.init(options, call)),
    read: (id) => guard(() => store.read(id, call)),
    append: (request) => guard(() => store.append(request, call)),
    keepDigests: (digests) => guard(() => store.keepDigests(digests, call)),
    listings: (filter) => guard(() => store.listings(filter, call)),
    list: (filter) => guard(() => store.list(filter, call)),
    listJson: (filter) => guard(() => store.listJson(filter, call)),
    listDueForReview: (day) => guard(() => store.listDueForReview(day, call)),
    listWithOverdueActions: (day) => guard(() => store.listWithOverdueActions(day, call)),
    ...(readSnapshots && {
      readSnapshots: (ids) => guard(() => readSnapshots.call(store, ids, call)),
    }),
    ...(readDigests && {
      readDigests: (ids, part, filter) => guard(() => readDigests.call(store, ids, part, filter, call)),
    }),
    ...(readChecks && {
      readChecks: (batch) => guardedEach(signal, () => readChecks.call(store, batch, call)),
    }),
    ...(annualTotals && { annualTotals: (query) => guard(() => annualTotals.call(store, query, call)) }),
    readObjective: (id) => guard(() => store.readObjective(id, call)),
    appendObjective: (request) => guard(() => store.appendObjective(request, call)),
    listObjectives: () => guard(() => store.listObjectives(call)),
    readObjectiveSnapshots: () => guard(() => store.readObjectiveSnapshots(call)),
    appendEqualityData: (entry) => guard(() => store.appendEqualityData(entry, call)),
    listEqualityData: () => guard(() => store.listEqualityData(call)),
    readProfile: () => guard(() => store.readProfile(call)),
    readStoredProfile: () => guard(() => store.readStoredProfile(call)),
    writeProfile: (profile) => guard(() => store.writeProfile(profile, call)),
    close: () => store.close(),
  };
}

/** The batches, each refused once the signal has fired (the store is told of it too). */
async function* guardedEach<T>(signal: AbortSignal, each: () => AsyncIterable<T>): AsyncGenerator<T> {
  throwIfCancelled(signal);
  for await (const found of each()) {
    throwIfCancelled(signal);
    yield found;
  }
}
