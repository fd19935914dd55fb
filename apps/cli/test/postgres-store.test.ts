import { join } from 'node:path';
import type { AssessmentSummary } from '@eqia/core';
import { describe, expect, it } from 'vitest';
import { eqia, examples, tempDir } from './support/cli.js';

const url = process.env.EQIA_TEST_PG_URL;

/** `--store postgres://…` opens the PostgreSQL store: the same commands work against it. */
describe.skipIf(!url)('a PostgreSQL store', () => {
  it('init, new from an answers file, list', async () => {
    const cwd = await tempDir();
    const store = `${url}${url?.includes('?') ? '&' : '?'}schema=eqia_cli_${process.pid}`;
    expect((await eqia(cwd, ['init', '--profile', 'cafcass', '--store', store])).code).toBe(0);
    const created = await eqia(cwd, [
      'new',
      '--user',
      'ben',
      '--answers',
      join(examples, 'answers-screening.json'),
      '--id',
      'pg-one',
      '--store',
      store,
    ]);
    expect(created.stderr).toBe('');
    const list = await eqia(cwd, ['list', '--json'], { EQIA_STORE: store });
    expect((JSON.parse(list.stdout) as AssessmentSummary[]).map((summary) => summary.id)).toEqual(['pg-one']);
  });
});
