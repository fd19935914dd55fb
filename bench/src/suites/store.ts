import { open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { createClient, createFileStore, type EqiaClient } from '@eqia/sdk';
import { generatedStore, workingCopy } from '../fixtures/generated-store.js';
import { median } from '../measure.js';
import type { SuiteContext } from '../results.js';

/**
 * Assessments still being written (every fourth generated one), which an edit may change: the same ones at
 * every size, so each size saves the same files. Edits go round them so no log grows long.
 */
const editableIn = (smallest: number) =>
  Array.from(
    { length: Math.min(8, Math.ceil(smallest / 4)) },
    (_, k) => `eqia-${String(k * 4).padStart(5, '0')}`,
  );

/** Saving one edit through the client, listing and filtering, at each store size. */
export async function storeSuite(context: SuiteContext): Promise<void> {
  const { small, medium, large } = context.sizes;
  for (const size of [small, medium, large]) {
    const cached = await generatedStore(size, context.log);
    await listAndFilter(context, cached, size);
    await saveOneEdit(context, cached, size);
  }
}

async function listAndFilter(context: SuiteContext, cached: string, size: number): Promise<void> {
  const opened = await median(() => createFileStore({ directory: cached }).list(), {
    runs: context.runs(20),
  });
  context.record({
    id: `open-list-${size}`,
    label: `open the store and list summaries (${size})`,
    unit: 'ms',
    value: opened.medianMs,
    runs: opened.runs,
  });
  const client = await createClient({ store: createFileStore({ directory: cached }), user: 'amara' });
  const filtered = await median(() => client.list({ characteristic: 'race' }), { runs: context.runs(20) });
  context.record({
    id: `filter-${size}`,
    label: `list with a negative impact on race (${size})`,
    unit: 'ms',
    value: filtered.medianMs,
    runs: filtered.runs,
  });
  await client.close();
}

/**
 * One edit saved through the client (read, lifecycle and checks, append) on a copy of the store, against
 * the physical floor: writing that assessment's file durably with plain node:fs in the same directory.
 */
async function saveOneEdit(context: SuiteContext, cached: string, size: number): Promise<void> {
  const copy = await workingCopy(cached);
  try {
    const client = await createClient({
      store: createFileStore({ directory: copy.directory }),
      user: 'amara',
    });
    const editable = editableIn(context.sizes.small);
    const saves = await editRepeatedly(client, editable, context.runs(40));
    context.record({
      id: `save-${size}`,
      label: `save one edit (${size} assessments)`,
      unit: 'ms',
      value: saves.medianMs,
      runs: saves.runs,
    });
    await client.close();
    if (size === context.sizes.large) {
      const floor = await bareDurableWrite(copy.directory, editable[0] as string, context.runs(40));
      context.record({
        id: 'bare-write',
        label: "bare durable write of that assessment's file (node:fs)",
        unit: 'ms',
        value: floor.medianMs,
        runs: floor.runs,
      });
    }
  } finally {
    await copy.remove();
  }
}

async function editRepeatedly(client: EqiaClient, editable: string[], runs: number) {
  let edits = 0;
  return median(
    async () => {
      const id = editable[edits % editable.length] as string;
      const mark = ++edits;
      await client.edit(id, 'policy', (policy) => {
        policy.scope = `${policy.scope.replace(/ \(edit \d+\)$/, '')} (edit ${mark})`;
      });
    },
    { runs, warmup: 3 },
  );
}

/** Write temp, fsync, rename, fsync the directory: what any durable save must pay at least. */
async function bareDurableWrite(directory: string, id: string, runs: number) {
  const assessments = join(directory, 'assessments');
  const text = await readFile(join(assessments, `${id}.json`), 'utf8');
  const target = join(assessments, '.bare-floor.json');
  let n = 0;
  const timing = await median(
    async () => {
      const temp = `${target}.${n++}.tmp`;
      const file = await open(temp, 'wx', 0o600);
      await file.writeFile(text, 'utf8');
      await file.sync();
      await file.close();
      await rename(temp, target);
      const folder = await open(assessments, 'r');
      await folder.sync();
      await folder.close();
    },
    { runs, warmup: 3 },
  );
  await unlink(target);
  return timing;
}
