import {
  attentionWording,
  type ChainVerification,
  ConflictError,
  canonicalJson,
  type Frozen,
  NotFoundError,
  type Objective,
  type ObjectiveAttention,
  type ObjectiveChanges,
  type ObjectiveContentInput,
  type ObjectiveSummary,
  type ProgressUpdate,
  parseWith,
  type Rag,
  TamperedError,
  ValidationError,
} from '@eqia/core';
import {
  appendObjectiveEvent,
  awaitedStage,
  foldObjectiveLog,
  migrateObjectiveSnapshot,
  OBJECTIVE_SNAPSHOT_VERSION,
  Objective as ObjectiveSchema,
  objectiveAttention,
  objectiveSummaryOf,
} from '@eqia/core/objectives';
import type { CallOptions } from '../store/cancellation.js';
import type { StoredObjective } from '../store/port.js';
import { storedInvalid } from '../store/store-errors.js';
import { scoped } from './call-scope.js';
import { actorOf, type ClientContext, callingUser } from './context.js';
import { firstFreeId, idFromTitle } from './new-id.js';

/** An objective as the client returns it, with what needs attention today. */
export interface ObjectiveView {
  readonly objective: Frozen<Objective>;
  /** How many entries its log has: the version the next change expects. */
  readonly version: number;
  readonly summary: Frozen<ObjectiveSummary>;
  readonly attention: Frozen<ObjectiveAttention[]>;
}

/** A progress update as an owner gives it: who and which id are filled in. */
export interface ProgressInput {
  asOf: string;
  rag: Rag;
  narrative: string;
  whatChanged?: string;
  values?: ProgressUpdate['values'];
  milestonesDone?: string[];
}

/** Each takes `{ signal }` (CallOptions) last, or in its options, as the client's calls do. */
export interface ObjectiveCommands {
  list(options?: CallOptions): Promise<Frozen<ObjectiveSummary[]>>;
  get(id: string, options?: CallOptions): Promise<ObjectiveView>;
  /** Every objective as it stands, for reports. */
  all(options?: CallOptions): Promise<Frozen<Objective[]>>;
  /** Sets one up as a draft, approved later by the profile's senior stages (the Board). */
  create(content: ObjectiveContentInput, options?: { id?: string } & CallOptions): Promise<ObjectiveView>;
  edit(id: string, changes: ObjectiveChanges, options?: CallOptions): Promise<ObjectiveView>;
  submit(id: string, options?: CallOptions): Promise<ObjectiveView>;
  /** Approves the stage awaited (or the one named). */
  approve(id: string, options?: { stage?: string; comment?: string } & CallOptions): Promise<ObjectiveView>;
  requestChanges(
    id: string,
    options: { stage?: string; reason: string } & CallOptions,
  ): Promise<ObjectiveView>;
  recordProgress(id: string, update: ProgressInput, options?: CallOptions): Promise<ObjectiveView>;
  close(
    id: string,
    options: { outcome: 'met' | 'closed' | 'superseded'; note: string; supersededBy?: string } & CallOptions,
  ): Promise<ObjectiveView>;
  /** Replays the log: the hash chain and every event judged again. */
  verify(id: string, options?: CallOptions): Promise<Frozen<ChainVerification>>;
}

/** The commands, each on the context of its own call (its signal, when it has one). */
export function objectiveCommands(context: ClientContext): ObjectiveCommands {
  const on = (call: CallOptions | undefined) => commandsOn(scoped(context, call));
  return {
    list: (call) => on(call).list(),
    get: (id, call) => on(call).get(id),
    all: (call) => on(call).all(),
    create: (content, { signal, ...options } = {}) => on({ signal }).create(content, options),
    edit: (id, changes, call) => on(call).edit(id, changes),
    submit: (id, call) => on(call).submit(id),
    approve: (id, { signal, ...options } = {}) => on({ signal }).approve(id, options),
    requestChanges: (id, { signal, ...options }) => on({ signal }).requestChanges(id, options),
    recordProgress: (id, update, call) => on(call).recordProgress(id, update),
    close: (id, { signal, ...options }) => on({ signal }).close(id, options),
    verify: (id, call) => on(call).verify(id),
  };
}

type EventPayload = Record<string, unknown> & { type: string };

function commandsOn(context: ClientContext): ObjectiveCommands {
  /** Judges the event, chains it and appends it; a writer in between gets one fresh try. */
  async function run(id: string, build: (objective: Objective) => EventPayload): Promise<ObjectiveView> {
    for (let attempt = 1; ; attempt++) {
      const stored = await readObjective(context, id);
      try {
        return await commit(context, stored, build(stored.snapshot.objective));
      } catch (error) {
        if (!(error instanceof ConflictError) || attempt > 1) throw error;
      }
    }
  }

  return {
    list: async () => {
      await actingUser(context);
      return (await context.store.listObjectives()).sort((a, b) => a.title.localeCompare(b.title));
    },
    get: async (id) => {
      const stored = await readObjective(context, id);
      return viewOf(context, stored.snapshot.objective, stored.events.length, stored.summary);
    },
    all: async () => {
      await actingUser(context);
      return (await context.store.readObjectiveSnapshots()).map((snapshot) =>
        currentObjective(snapshot, context),
      );
    },
    async create(content, options = {}) {
      const profile = await context.profile();
      const id = options.id ?? (await newObjectiveId(context, content.title));
      return commit(context, undefined, {
        type: 'createObjective',
        id,
        content,
        approvalChain: profile.approvalChain.filter((stage) => stage.senior),
      });
    },
    edit: (id, changes) => run(id, () => ({ type: 'editObjective', changes })),
    submit: (id) => run(id, () => ({ type: 'submitObjective' })),
    approve: (id, options = {}) =>
      run(id, (objective) => ({
        type: 'approveObjective',
        stage: options.stage ?? stageToDecide(objective),
        comment: options.comment ?? '',
      })),
    requestChanges: (id, options) =>
      run(id, (objective) => ({
        type: 'requestObjectiveChanges',
        stage: options.stage ?? stageToDecide(objective),
        reason: options.reason,
      })),
    recordProgress: (id, update) =>
      run(id, () => ({
        type: 'recordProgress',
        update: { ...update, id: `update-${update.asOf}-${context.newId().slice(-4)}`, by: context.userId },
      })),
    close: (id, options) => run(id, () => ({ type: 'closeObjective', ...options })),
    async verify(id) {
      await actingUser(context);
      const stored = await readObjective(context, id);
      try {
        foldObjectiveLog(stored.events);
        return { ok: true, entries: stored.events.length };
      } catch (error) {
        if (!(error instanceof TamperedError) || !error.told) throw error;
        const { message } = context.language.told(error, await context.profile());
        return { ok: false, index: error.index, reason: message, told: error.told };
      }
    },
  };
}

async function actingUser(context: ClientContext) {
  return callingUser(context, await context.profile());
}

async function commit(
  context: ClientContext,
  stored: StoredObjective | undefined,
  payload: EventPayload,
): Promise<ObjectiveView> {
  const user = await actingUser(context);
  const at = context.clock().toISOString();
  const log = stored?.events ?? [];
  const { entry, objective } = appendObjectiveEvent(log, stored?.snapshot.objective, {
    ...payload,
    by: actorOf(user),
    at,
  });
  // An edit that changes nothing (the same changes file applied twice) is judged, then not recorded.
  if (stored && payload.type === 'editObjective' && sameObjective(stored.snapshot.objective, objective))
    return viewOf(context, stored.snapshot.objective, log.length, stored.summary);
  const version = log.length + 1;
  const summary = objectiveSummaryOf(objective, version);
  const snapshot = { snapshotVersion: OBJECTIVE_SNAPSHOT_VERSION, objective };
  await context.store.appendObjective({
    id: objective.id,
    expectedVersion: log.length,
    events: [entry],
    snapshot,
    summary,
  });
  return viewOf(context, objective, version, summary);
}

const sameObjective = (before: Frozen<Objective>, after: Objective) =>
  canonicalJson({ ...before, updatedAt: '' }) === canonicalJson({ ...after, updatedAt: '' });

/** The objective with what needs attention today, worded in the client's language. */
async function viewOf(
  context: ClientContext,
  objective: Objective,
  version: number,
  summary: ObjectiveSummary,
): Promise<ObjectiveView> {
  const today = context.clock().toISOString().slice(0, 10);
  const words = context.language.errors(await context.profile()).attention;
  const attention = objectiveAttention(objective, today).map((item) => ({
    ...item,
    message: attentionWording(words, item),
  }));
  return { objective, version, summary, attention };
}

async function readObjective(context: ClientContext, id: string): Promise<StoredObjective> {
  const profile = await context.profile();
  callingUser(context, profile);
  const stored = await context.store.readObjective(id);
  if (!stored) {
    const words = context.language.errors(profile);
    throw new NotFoundError(words.noObjective({ id, location: context.store.location }));
  }
  return {
    ...stored,
    snapshot: { ...stored.snapshot, objective: currentObjective(stored.snapshot, context) },
  };
}

/**
 * The objective of a stored snapshot of any version this eqia knows, migrated up on read (core's
 * steps); a newer one (a newer eqia wrote it) is refused, never guessed at. The store keeps what it has
 * until the next change writes the current version.
 */
function currentObjective(snapshot: StoredObjective['snapshot'], context: ClientContext): Objective {
  const { objective } = migrateObjectiveSnapshot(snapshot, context.store.location);
  try {
    return parseWith(ObjectiveSchema, objective, 'The objective');
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const id = typeof objective?.id === 'string' ? objective.id : '?';
    throw storedInvalid(context.store.location, error, id, 'objective');
  }
}

/** From the title, then `-2`, `-3`… when taken. */
function newObjectiveId(context: ClientContext, title: string): Promise<string> {
  const taken = async (id: string) => (await context.store.readObjective(id)) !== undefined;
  return firstFreeId(idFromTitle(title), taken, context.newId);
}

/**
 * The stage a decision is for when none is named: the one awaited. An objective awaiting none is past
 * approval, and the lifecycle refuses the decision for its state (exit 7), so any stage of its chain will do.
 */
function stageToDecide(objective: Objective): string {
  return (awaitedStage(objective) ?? objective.approvalChain.at(-1))?.id ?? 'none';
}
