import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const goldenDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'golden');

/**
 * Compares output with its golden file. `UPDATE_GOLDEN=1` writes the files instead: review the diff
 * before committing it, as the golden files are what a reader of the report gets.
 */
export function expectGolden(name: string, actual: string): void {
  const file = join(goldenDirectory, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(
      `No golden file ${name}: run \`UPDATE_GOLDEN=1 npx vitest run\` in packages/report and review it.`,
    );
  }
  expect(actual, `${name} differs from its golden file (UPDATE_GOLDEN=1 to accept the change)`).toBe(
    readFileSync(file, 'utf8'),
  );
}
