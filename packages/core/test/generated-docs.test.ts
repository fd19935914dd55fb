import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../scripts/docs-content.js';

const root = resolve(import.meta.dirname, '../../..');
const committed = (path: string) => {
  try {
    return readFileSync(resolve(root, path), 'utf8');
  } catch {
    return '(missing)';
  }
};

describe('generated documentation', () => {
  for (const [path, text] of Object.entries(generatedDocs())) {
    it(`${path} matches the code`, () => {
      if (committed(path) !== text) {
        expect.fail(`${path} is out of date with the code: run pnpm --filter @eqia/core generate`);
      }
    });
  }

  it('draws every state of the lifecycle in the statechart', () => {
    const page = generatedDocs()['docs/statechart.md']!;
    for (const state of [
      'draft',
      'assessing',
      'screened_out',
      'in_review',
      'signed_off',
      'published',
      'withdrawn',
      'superseded',
    ]) {
      expect(page).toContain(state);
    }
    expect(page).toContain('equality_review --> senior_sign_off : approve [mayApprove]');
  });
});
