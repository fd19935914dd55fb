import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultProfile } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createFileStore, filterSummaries } from '../src/file-store.js';
import { createClient } from '../src/index.js';

const packages = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Our packages' light entries, which the walk below follows into their sources. */
const entries: Record<string, string> = { '@eqia/core/light': join(packages, 'core/src/light.ts') };

/**
 * The modules evaluated when `entry` is imported, as `file → specifier`: every import or re-export that
 * survives compilation (not `import type`), following relative paths and our light entries.
 */
async function runtimeImports(entry: string): Promise<string[]> {
  const seen = new Set<string>();
  const edges: string[] = [];
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(file, 'utf8');
    for (const [, specifier] of text.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?from\s+'([^']+)'/gms)) {
      const spec = specifier as string;
      edges.push(`${file.slice(packages.length)} → ${spec}`);
      if (spec.startsWith('.')) pending.push(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (entries[spec]) pending.push(entries[spec]);
    }
  }
  return edges;
}

describe('@eqia/sdk/file-store', () => {
  it('builds no schema and loads neither the client nor xstate or immer', async () => {
    const edges = await runtimeImports(join(packages, 'sdk/src/file-store.ts'));
    expect(edges.some((edge) => edge.endsWith('→ lowdb'))).toBe(true);
    const heavy = edges.filter(
      (edge) =>
        /→ (@eqia\/core|zod|xstate|immer)$/.test(edge) ||
        /\/core\/src\/schema\//.test(edge) ||
        /→ \.\/(create-client|commands|context)\.js$/.test(edge),
    );
    expect(heavy).toEqual([]);
  });

  it('lists what the client lists, in the same order', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'eqia-file-store-entry-'));
    const store = createFileStore({ directory });
    const profile = {
      ...defaultProfile,
      users: [{ id: 'amara', name: 'Amara Okafor', jobTitle: '', roles: ['author' as const] }],
    };
    await store.init({ profile });
    let tick = 0;
    const client = await createClient({
      store,
      user: 'amara',
      clock: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)),
    });
    for (const title of ['Library hours', 'Bus passes', 'Parking permits']) await client.create({ title });
    for (const filter of [{}, { text: 'pa' }, { state: 'draft' as const }])
      expect(filterSummaries(await store.list(), filter)).toEqual(await client.list(filter));
  });
});
