import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A path for a database file in a new temporary folder (the file itself not yet there), removed after the tests. */
export function freshFile(name = 'eqia.sqlite'): string {
  const root = mkdtempSync(join(tmpdir(), 'eqia-sqlite-'));
  roots.push(root);
  return join(root, 'store', name);
}
