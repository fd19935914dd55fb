import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewedCliWelsh } from '../src/messages/reviewed.js';
import { welshReviewRecord } from '../src/messages/welsh-review.js';

const root = join(import.meta.dirname, '../../..');

/** Every Welsh catalogue file in the repository's sources, found by name: `cy.ts`, `x.cy.ts`, `cy-x.ts`, `cy/x.ts`. */
function welshFiles(): string[] {
  const found: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') visit(path);
      } else if (/(^|\/|[.-])cy([./-])/.test(relative(root, path)) && /\.tsx?$/.test(entry.name))
        found.push(path);
    }
  };
  for (const group of ['packages', 'apps'])
    for (const pkg of readdirSync(join(root, group), { withFileTypes: true }))
      if (pkg.isDirectory()) visit(join(root, group, pkg.name, 'src'));
  return found;
}

/** A catalogue's messages as the record lists them (templates with {values}), skipping helpers that are not messages. */
function texts(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (seen.has(value)) return [];
  seen.add(value);
  if (typeof value === 'function') {
    try {
      const text = value(placeholders);
      return typeof text === 'string' ? [text] : [];
    } catch {
      return [];
    }
  }
  if (value && typeof value === 'object') return Object.values(value).flatMap((child) => texts(child, seen));
  return [];
}

const placeholders = new Proxy(
  {},
  { get: (_target, name) => (typeof name === 'string' ? `{${name}}` : undefined) },
);

describe('the record of which Welsh a Welsh speaker has checked', () => {
  it('lists every catalogue: core, the reports, the SDK and the CLI, each message once', async () => {
    const rows = await welshReviewRecord();
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    for (const prefix of [
      'values.',
      'census.',
      'report.',
      'sdk.errors.',
      'sdk.copy.',
      'sdk.history.',
      'cli.',
    ])
      expect(
        rows.some((row) => row.id.startsWith(prefix)),
        prefix,
      ).toBe(true);
    expect(rows.find((row) => row.id === 'cli.cli.unknownCommand')?.cy).toBe(
      'nid yw "{name}" yn orchymyn. Rhedwch `eqia --help` i weld y gorchmynion.',
    );
    expect(rows.filter((row) => row.id.startsWith('cli.') && row.reviewed).map((row) => row.id)).toEqual(
      Object.keys(reviewedCliWelsh),
    );
  });

  it('holds the Welsh of every Welsh catalogue in the repository, so none goes unchecked', async () => {
    const recorded = new Set((await welshReviewRecord()).map((row) => row.cy));
    const files = welshFiles();
    expect(files.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const file of files) {
      // The record of reviews holds Welsh as it was checked, which may since have changed; the report's
      // entry assembles its language from the area catalogues (language/cy/), whose words are checked.
      if (file.endsWith('reviewed.ts') || relative(root, file) === 'packages/report/src/cy.ts') continue;
      const module = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (typeof value !== 'object' || value === null) continue;
        for (const text of texts(value))
          if (!recorded.has(text)) missing.push(`${relative(root, file)} ${name}: ${text}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
