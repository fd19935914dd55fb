import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { putBackAddon, swapAddon } from '../src/other-node.js';

test("a run on another Node that was killed leaves the workspace's addon to be put back by the next run", async () => {
  const folder = await mkdtemp(join(tmpdir(), 'eqia-bench-'));
  try {
    const cache = join(folder, 'cache');
    const addon = join(folder, 'better_sqlite3.node');
    const built = join(folder, 'built-for-24.node');
    await writeFile(addon, 'built for this Node');
    await writeFile(built, 'built for Node 24');
    await mkdir(cache);

    await swapAddon(cache, built, addon);
    expect(await readFile(addon, 'utf8')).toBe('built for Node 24');
    // Killed here: nothing put it back. A second swap, or any run, puts it back first.
    await swapAddon(cache, built, addon);
    await putBackAddon(cache);
    expect(await readFile(addon, 'utf8')).toBe('built for this Node');
    expect(await readdir(cache)).toEqual([]);

    await putBackAddon(cache);
    expect(await readFile(addon, 'utf8')).toBe('built for this Node');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
