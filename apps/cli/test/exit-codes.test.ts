import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConflictError } from '@eqia/core';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { ExitCode } from '../src/exit-codes.js';
import { reportError } from '../src/report-error.js';
import { cafcassStore, eqia, examples, standardInput, tempDir } from './support/cli.js';

/** The clock at which the example answers are complete and submittable (see @eqia/core workedExampleNow). */
const exampleNow = { EQIA_NOW: '2026-03-02T10:00:00Z' };

describe('exit codes', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await cafcassStore([{ user: 'amara', answers: 'answers-full.json' }], exampleNow);
    expect((await eqia(cwd, ['submit', 'eqia-2026-007', '--user', 'amara'], exampleNow)).code).toBe(0);
    const partial = {
      policy: { title: 'A draft' },
      screening: { decision: { kind: 'full_assessment', rationale: 'It affects families directly.' } },
    };
    await writeFile(join(cwd, 'title.json'), JSON.stringify(partial));
    expect(
      (await eqia(cwd, ['new', '--user', 'ben', '--answers', 'title.json', '--id', 'draft-1'])).code,
    ).toBe(0);
  }, 60_000);

  it('0: it worked', async () => {
    expect((await eqia(cwd, ['list'])).code).toBe(ExitCode.ok);
  });

  it('1: error-level findings remain (check, and submit refused)', async () => {
    expect((await eqia(cwd, ['check', 'draft-1'])).code).toBe(ExitCode.findings);
    const submit = await eqia(cwd, ['submit', 'draft-1', '--user', 'ben']);
    expect(submit.code).toBe(ExitCode.findings);
    expect(submit.stderr).toContain('eqia check <id>');
  });

  it('1 from check --all when any assessment fails, the failing ones listed first', async () => {
    const all = await eqia(cwd, ['check', '--all', '--json'], exampleNow);
    expect(all.code).toBe(ExitCode.findings);
    const checked = JSON.parse(all.stdout) as { id: string; failing: boolean }[];
    expect(checked.map(({ id, failing }) => [id, failing])).toEqual([
      ['draft-1', true],
      ['eqia-2026-007', false],
    ]);
    const text = await eqia(cwd, ['check', '--all'], exampleNow);
    expect(text.stdout).toContain('1 of 2 assessments fails the checks');
    // In a narrow terminal each state and its counts take a line of their own, never broken inside.
    const narrow = await eqia(
      cwd,
      ['check', '--all'],
      { ...exampleNow, NO_COLOR: '1' },
      { terminal: true, columns: 50 },
    );
    const lines = narrow.stdout.split('\n');
    expect(lines.every((line) => line.length < 50)).toBe(true);
    expect(lines).toContain('  (in review)  0 errors, 0 warnings');
    expect((await eqia(cwd, ['check', 'draft-1', '--all'])).code).toBe(ExitCode.usage);
  });

  it('2: the command line is wrong', async () => {
    const run = await eqia(cwd, ['list', '--colour']);
    expect(run.code).toBe(ExitCode.usage);
    expect(run.stderr).toMatchInlineSnapshot(`
      "eqia list: Unknown option '--colour'. Run \`eqia list --help\` for usage.
      "
    `);
    expect((await eqia(cwd, ['frobnicate'])).code).toBe(ExitCode.usage);
    expect((await eqia(cwd, ['show'])).code).toBe(ExitCode.usage);
  });

  it('3: no such assessment, or no store at all', async () => {
    const missing = await eqia(cwd, ['show', 'nope']);
    expect(missing.code).toBe(ExitCode.notFound);
    const empty = await tempDir();
    const noStore = await eqia(empty, ['list']);
    expect(noStore.code).toBe(ExitCode.notFound);
    expect(noStore.stderr).toContain('Run `eqia init`');
  });

  it('4: the user may not do this (an author approving their own assessment)', async () => {
    const run = await eqia(cwd, ['approve', 'eqia-2026-007', '--attest', '--user', 'amara'], exampleNow);
    expect(run.code).toBe(ExitCode.forbidden);
    expect(run.stderr).toContain('someone independent of');
  });

  it('5: someone else changed it first', () => {
    const ctx = createContext('edit', [], {
      env: {},
      cwd,
      stdout: { write: () => true },
      stderr: { write: () => true },
      stdin: standardInput(),
    });
    expect(reportError(ctx, new ConflictError('The assessment changed.', 3, 4))).toBe(ExitCode.conflict);
  });

  it('6: the input is not valid', async () => {
    const file = join(cwd, 'bad.json');
    await writeFile(file, JSON.stringify({ policy: { title: '' } }));
    expect((await eqia(cwd, ['new', '--user', 'ben', '--answers', file])).code).toBe(ExitCode.validation);
  });

  it('7: not in this state (publishing an assessment still being written)', async () => {
    const run = await eqia(cwd, ['publish', 'draft-1', '--location', 'https://example.org', '--user', 'ben']);
    expect(run.code).toBe(ExitCode.invalidTransition);
  });

  it('8, 9 and 10: a damaged database, an unknown version, a tampered log', async () => {
    const copy = await tempDir();
    expect((await eqia(copy, ['init', '--profile', 'cafcass'])).code).toBe(0);
    const screening = join(examples, 'answers-screening.json');
    expect((await eqia(copy, ['new', '--user', 'ben', '--answers', screening, '--id', 'one'])).code).toBe(0);
    const file = join(copy, '.eqia', 'eqia.db');

    // Someone with the file and sqlite3 at hand: the triggers that keep the log append-only go first.
    const db = new Database(file);
    db.exec('DROP TRIGGER events_no_update');
    const second = db.prepare('SELECT event FROM events WHERE seq = 2').pluck().get() as string;
    const forged = JSON.parse(second);
    forged.by = { ...forged.by, id: 'mallory' };
    db.prepare('UPDATE events SET event = ? WHERE seq = 2').run(JSON.stringify(forged));
    expect((await eqia(copy, ['verify', 'one'])).code).toBe(ExitCode.tampered);

    db.pragma('user_version = 99');
    db.close();
    expect((await eqia(copy, ['show', 'one'])).code).toBe(ExitCode.unsupportedVersion);

    await writeFile(file, 'not a database at all, '.repeat(400));
    const corrupt = await eqia(copy, ['show', 'one']);
    expect(corrupt.code).toBe(ExitCode.storeCorrupt);
    expect(corrupt.stderr).toContain('eqia.db');
  });

  it('70: a bug, reported as one', () => {
    let written = '';
    const ctx = createContext('list', [], {
      env: {},
      cwd,
      stdout: { write: () => true },
      stderr: { write: (text) => (written += text) },
      stdin: standardInput(),
    });
    expect(reportError(ctx, new TypeError('x is undefined'))).toBe(ExitCode.internal);
    expect(written).toContain('This is a bug in eqia');
  });

  it('--json errors are JSON with the stable code', async () => {
    const run = await eqia(cwd, ['show', 'nope', '--json']);
    expect(JSON.parse(run.stderr).error).toMatchObject({ code: 'NOT_FOUND', exitCode: 3 });
  });

  it('11: the disk failed, for --out as for the store', async () => {
    const run = await eqia(cwd, ['export', 'draft-1', '--format', 'json', '--out', '/dev/full', '--json']);
    expect(run.code).toBe(ExitCode.storageFailed);
    expect(JSON.parse(run.stderr).error).toMatchObject({ code: 'STORAGE_FAILED', exitCode: 11 });
  });

  it('docs/cli.md lists every exit code, each once, and no other', async () => {
    const docs = await readFile(new URL('../../../docs/cli.md', import.meta.url), 'utf8');
    const table = docs.slice(docs.indexOf('## Exit codes'), docs.indexOf('## Commands'));
    const listed = [...table.matchAll(/^\| (\d+) \|/gm)].map((row) => Number(row[1]));
    expect(listed).toEqual([...new Set(Object.values(ExitCode))].sort((a, b) => a - b));
  });
});
