import { open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { type AssessmentSession, createClient } from '@eqia/sdk';
import { nativeSha256 } from '@eqia/sdk/node';
import { openSqliteStore } from '@eqia/store-sqlite';
import { DATABASE_NAME, generatedStore, workingCopy } from '../fixtures/generated-store.js';
import { inTurns, median, medianOf, type Timing } from '../measure.js';
import type { SuiteContext } from '../results.js';
import { transactionSuite } from './transaction.js';

/**
 * Assessments still being written (every fourth generated one), which an edit may change: the same ones at
 * every size, so each size saves the same assessments. Edits go round them so no log grows long.
 */
const editableIn = (smallest: number) =>
  Array.from(
    { length: Math.min(8, Math.ceil(smallest / 4)) },
    (_, k) => `eqia-${String(k * 4).padStart(5, '0')}`,
  );

const storeIn = (directory: string) => openSqliteStore(join(directory, DATABASE_NAME));

/** Saving one edit through the client, listing and filtering, at each store size. */
export async function storeSuite(context: SuiteContext): Promise<void> {
  const { small, medium, large } = context.sizes;
  await warmSavePath(context, await generatedStore(small, context.log));
  for (const size of [small, medium, large]) {
    const cached = await generatedStore(size, context.log);
    await listAndFilter(context, cached, size);
    await saveOneEdit(context, cached, size);
  }
  await transactionSuite(context, await generatedStore(large, context.log));
}

/** Only filtering, at the largest size: the `--large` run. */
export async function filterSuite(context: SuiteContext): Promise<void> {
  const { large } = context.sizes;
  await listAndFilter(context, await generatedStore(large, context.log), large);
}

async function listAndFilter(context: SuiteContext, cached: string, size: number): Promise<void> {
  const opened = await median(
    async () => {
      const store = storeIn(cached);
      await store.list();
      await store.close();
    },
    { runs: context.runs(20) },
  );
  context.record({
    id: `open-list-${size}`,
    label: `open the store and list summaries (${size})`,
    unit: 'ms',
    value: opened.medianMs,
    runs: opened.runs,
  });
  const client = await createClient({ store: storeIn(cached), user: 'amara', sha256: nativeSha256 });
  // Disability: about a third of the generated assessments, as in a real register (age, race and sex
  // are negatively affected in every one of them, so filtering on those measures only the list).
  const filtered = await median(() => client.list({ characteristic: 'disability' }), {
    runs: context.runs(20),
  });
  context.record({
    id: `filter-${size}`,
    label: `list (listings) with a negative impact on disability (${size})`,
    unit: 'ms',
    value: filtered.medianMs,
    runs: filtered.runs,
  });
  await client.close();
}

/**
 * Saves made and thrown away before any is timed, on a copy of the small store with a client of its own:
 * V8 on Node 20 compiles a function to fast code only after it has run many times, and a save runs a
 * great deal of code once each. Timed without this, the first size's saves measured the compiler. Only
 * the process is warmed: each timed save still goes through a connection and sessions just opened, as
 * before (its database's log still growing, its page cache filling). What a command pays cold, in a new
 * process, is `eqia edit`'s start-up and first save, recorded apart (first-save and the start-up suite).
 */
async function warmSavePath(context: SuiteContext, cached: string): Promise<void> {
  const copy = await workingCopy(cached);
  try {
    const { client, save } = await editing(context, copy.directory);
    for (let k = 0; k < context.runs(200); k++) await save();
    await client.close();
  } finally {
    await copy.remove();
  }
}

/**
 * One edit saved through the client (read, lifecycle and checks, append) on a copy of the store. The
 * sessions are opened, and their first saves made and recorded apart, before the saves are timed: a
 * session's first save works its digest out whole (every rule run on the assessment), which each later
 * one only updates, and opening reads the assessment. At the largest size, against the physical floor
 * too: writing that assessment durably as one file with plain node:fs beside the database, measured in
 * turns with the saves (measure.ts, inTurns), since their ratio is the budget.
 */
async function saveOneEdit(context: SuiteContext, cached: string, size: number): Promise<void> {
  const copy = await workingCopy(cached);
  try {
    const { client, editable, save } = await editing(context, copy.directory);
    const first: number[] = [];
    for (let k = 0; k < editable.length; k++) {
      const started = performance.now();
      await save();
      first.push(performance.now() - started);
    }
    context.record({
      id: `first-save-${size}`,
      label: `the first save of a session just opened (${size} assessments)`,
      unit: 'ms',
      value: medianOf(first),
      runs: first.length,
    });
    const runs = context.runs(80);
    if (size === context.sizes.large) {
      const reader = storeIn(copy.directory);
      // The assessment as the old file layout held it: its summary, snapshot and whole log.
      const text = JSON.stringify(await reader.read(editable[0] as string));
      await reader.close();
      const floor = bareDurableWriter(copy.directory, text);
      const rounds = context.smoke ? 1 : 10;
      const timings = await inTurns({ save, floor: floor.write }, { rounds, runs: Math.ceil(runs / rounds) });
      await floor.remove();
      recordSave(context, size, timings.save);
      context.record({
        id: 'bare-write',
        label: 'bare durable write of that assessment as a file (node:fs)',
        unit: 'ms',
        value: timings.floor.medianMs,
        runs: timings.floor.runs,
      });
    } else recordSave(context, size, await median(save, { runs, warmup: 3 }));
    await client.close();
  } finally {
    await copy.remove();
  }
}

function recordSave(context: SuiteContext, size: number, timing: Timing): void {
  context.record({
    id: `save-${size}`,
    label: `save one edit (${size} assessments)`,
    unit: 'ms',
    value: timing.medianMs,
    runs: timing.runs,
  });
}

/** A client on the store in `directory`, with the assessments an edit may change open, and that edit. */
async function editing(context: SuiteContext, directory: string) {
  const client = await createClient({ store: storeIn(directory), user: 'amara', sha256: nativeSha256 });
  const editable = editableIn(context.sizes.small);
  return { client, editable, save: editor(await Promise.all(editable.map((id) => client.open(id)))) };
}

/**
 * One edit of the policy's scope, going round the open sessions so no log grows long: each assessment
 * held open (client.open), as the wizard and any run of edits to one assessment hold it.
 */
function editor(sessions: readonly AssessmentSession[]): () => Promise<unknown> {
  let edits = 0;
  return async () => {
    const session = sessions[edits % sessions.length] as AssessmentSession;
    const mark = ++edits;
    await session.edit('policy', (policy) => {
      policy.scope = `${policy.scope.replace(/ \(edit \d+\)$/, '')} (edit ${mark})`;
    });
  };
}

/** Write temp, fsync, rename, fsync the directory: what any durable save of one file must pay at least. */
function bareDurableWriter(directory: string, text: string) {
  const target = join(directory, '.bare-floor.json');
  let n = 0;
  return {
    async write() {
      const temp = `${target}.${n++}.tmp`;
      const file = await open(temp, 'wx', 0o600);
      await file.writeFile(text, 'utf8');
      await file.sync();
      await file.close();
      await rename(temp, target);
      const folder = await open(directory, 'r');
      await folder.sync();
      await folder.close();
    },
    remove: () => unlink(target),
  };
}
