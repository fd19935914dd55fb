import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultProfile } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { createClient, createMemoryStore, ForbiddenError } from '../src/browser.js';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Every module specifier each SDK source file reachable from `entry` imports, by file. */
async function importGraph(entry: string): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (graph.has(file)) continue;
    const text = await readFile(file, 'utf8');
    const specifiers = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map(
      (m) => m[1] as string,
    );
    graph.set(file, specifiers);
    for (const specifier of specifiers)
      if (specifier.startsWith('.')) pending.push(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
  }
  return graph;
}

describe('@eqia/sdk/browser', () => {
  // The main entry too: only the old file layout's reader (`@eqia/sdk/file-layout`) and the native
  // hash (`@eqia/sdk/node`) need Node.
  it.each(['browser.ts', 'index.ts', 'light.ts'])('%s reaches no Node built-in', async (entry) => {
    const graph = await importGraph(join(src, entry));
    expect(graph.size).toBeGreaterThan(entry === 'light.ts' ? 2 : 10);
    const offending = [...graph].flatMap(([file, specifiers]) =>
      specifiers.filter((s) => s.startsWith('node:')).map((s) => `${file.slice(src.length)} → ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('runs a client on the memory store', async () => {
    const profile = {
      ...defaultProfile,
      users: [{ id: 'amara', name: 'Amara Okafor', jobTitle: '', roles: ['author' as const] }],
    };
    const client = await createClient({ store: createMemoryStore({ profile }), user: 'amara' });
    const { assessment } = await client.create({ title: 'Booking rooms online' });
    expect(await client.list()).toMatchObject([
      { id: assessment.id, state: 'draft', title: 'Booking rooms online' },
    ]);
    await expect(createClient({ store: createMemoryStore({ profile }), user: 'val' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
