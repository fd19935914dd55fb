import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { runBinary } from './support/binary.js';
import { examples, tempDir } from './support/cli.js';

/**
 * Bad input to every command, run against the built binary with no terminal (stdin a closed pipe, as in
 * cron or CI): each case must exit with its documented code, name the bad value on standard error, and
 * leave the store byte for byte as it was. None may exit 70, the code that means a bug in eqia.
 */
interface BadInput {
  /** What is wrong, for the test's name. */
  input: string;
  argv: string[];
  env?: Record<string, string>;
  /** Prepares the case's folder (a copy of the demo store at .eqia) before the run. */
  setup?: (dir: string) => void;
  exit: ExitCode;
  /** What standard error must say: the bad value, the file, the flag. */
  names: string | RegExp;
}

const longId = 'a'.repeat(10_000);
const write = (name: string, content: string) => (dir: string) => writeFileSync(join(dir, name), content);
const folder = (name: string) => (dir: string) => mkdirSync(join(dir, name));
const database = (dir: string) => join(dir, '.eqia', 'eqia.db');
const sql = (statement: string) => (dir: string) => {
  const db = new Database(database(dir));
  db.exec(statement);
  db.close();
};
const bytes = (change: (file: Buffer) => Buffer) => (dir: string) =>
  writeFileSync(database(dir), change(readFileSync(database(dir))));
const amara = ['--user', 'amara'];
const admin = ['--user', 'ops'];
const screening = join(examples, 'answers-screening.json');
const census = join(examples, 'census.csv');
const insight = ['insight', '--baseline', census, '--set', 'ethnic_group', '--period', '2024', '--area', 'X'];
const out = ['export', 'fhdra-pathfinder', '--format', 'json', '--out'];
const report = ['report', '--from', '2025-01-01', '--to', '2025-12-31'];

// biome-ignore format: one case a line
const ids: BadInput[] = [
  { input: 'a 10 kB id', argv: ['show', longId], exit: ExitCode.notFound, names: longId.slice(0, 200) },
  { input: 'a 10 kB id to a write', argv: ['submit', longId, ...amara], exit: ExitCode.notFound, names: 'aaaa' },
  { input: 'a path as an id', argv: ['history', '../../etc/passwd'], exit: ExitCode.notFound, names: '../../etc/passwd' },
  { input: 'an unknown id', argv: ['export', 'nope', '--format', 'json'], exit: ExitCode.notFound, names: 'nope' },
  { input: 'an unknown action id', argv: ['action', 'fhdra-pathfinder', 'nope', '--status', 'done', ...amara], exit: ExitCode.validation, names: 'nope' },
  { input: 'a 10 kB new id', argv: ['new', '--answers', screening, '--id', longId, ...amara], exit: ExitCode.validation, names: 'id' },
  { input: 'a new id with spaces', argv: ['new', '--answers', screening, '--id', 'a b', ...amara], exit: ExitCode.validation, names: 'id' },
  { input: 'a new user id with a space', argv: ['users', 'add', 'a b', '--name', 'A', '--roles', 'author', ...admin], exit: ExitCode.validation, names: '"a b" cannot be a user id' },
  { input: 'an unknown user', argv: ['submit', 'hybrid-working', '--user', 'mallory'], exit: ExitCode.usage, names: 'mallory' },
  { input: 'an empty user', argv: ['submit', 'hybrid-working', '--user', ''], exit: ExitCode.usage, names: 'user' },
];

// biome-ignore format: one case a line
const flags: BadInput[] = [
  { input: 'an unknown flag', argv: ['list', '--colour'], exit: ExitCode.usage, names: '--colour' },
  { input: 'a flag without its value', argv: ['list', '--state'], exit: ExitCode.usage, names: '--state' },
  { input: 'an unknown state', argv: ['list', '--state', 'lost'], exit: ExitCode.usage, names: 'lost' },
  { input: 'a year with no equality data', argv: ['data', 'show', '--period', 'nonsense'], exit: ExitCode.usage, names: 'nonsense' },
  { input: 'a user to add without an id', argv: ['users', 'add', ...admin], exit: ExitCode.usage, names: '`eqia users add <user-id>`' },
  { input: 'an unknown outcome', argv: ['list', '--outcome', 'maybe'], exit: ExitCode.usage, names: '--outcome' },
  { input: 'a characteristic the profile does not consider', argv: ['list', '--characteristic', 'disabilty', '--json'], exit: ExitCode.usage, names: /--characteristic must be one of .*disability.*, not .*"disabilty/ },
  { input: 'an unknown section', argv: ['show', 'hybrid-working', '--section', 'nowhere'], exit: ExitCode.usage, names: 'nowhere' },
  { input: 'an unknown format', argv: ['export', 'hybrid-working', '--format', 'pdf'], exit: ExitCode.usage, names: '--format' },
  { input: 'a report without its period', argv: ['report'], exit: ExitCode.usage, names: 'Pass --from <YYYY-MM-DD> and --to <YYYY-MM-DD> to `eqia report`.' },
  { input: 'a user to add without name or roles', argv: ['users', 'add', 'zed', ...admin], exit: ExitCode.usage, names: 'Pass --name <full name> and --roles <list> to `eqia users add`.' },
  { input: 'a comparison without its files', argv: ['insight', '--set', 'ethnic_group', '--period', '2025', '--area', 'Wales'], exit: ExitCode.usage, names: 'Pass --population <file.csv> and --baseline <file.csv> to `eqia insight`.' },
  { input: 'an impossible date', argv: ['report', '--from', '2025-02-30', '--to', '2025-12-31'], exit: ExitCode.usage, names: '2025-02-30' },
  { input: 'a date that is not one', argv: ['reaffirm', 'fhdra-pilot', '--next-review', 'soon', ...amara], exit: ExitCode.usage, names: 'soon' },
  { input: 'a period backwards', argv: ['report', '--from', '2025-12-31', '--to', '2025-01-01'], exit: ExitCode.usage, names: '2025-12-31' },
  { input: 'a log entry that is not a number', argv: ['history', 'hybrid-working', '--at', 'first'], exit: ExitCode.usage, names: 'first' },
  { input: 'a negative log entry', argv: ['history', 'hybrid-working', '--at', '-1'], exit: ExitCode.usage, names: 'not "-1"' },
  { input: 'an unknown action status', argv: ['action', 'fhdra-pathfinder', 'a1', '--status', 'finished', ...amara], exit: ExitCode.usage, names: 'finished' },
  { input: 'an unknown role', argv: ['users', 'add', 'zed', '--name', 'Zed', '--roles', 'king', ...admin], exit: ExitCode.usage, names: 'king' },
  { input: 'an unknown setting', argv: ['config', 'set', 'colour', 'blue'], exit: ExitCode.usage, names: 'colour' },
  { input: 'an unknown command', argv: ['frobnicate'], exit: ExitCode.usage, names: 'frobnicate' },
];

// biome-ignore format: one case a line
const noTerminal: BadInput[] = [
  { input: 'new with no answers', argv: ['new', ...amara], exit: ExitCode.usage, names: '--answers' },
  { input: 'edit with no answers', argv: ['edit', 'hybrid-working', ...amara], exit: ExitCode.usage, names: '--answers' },
  { input: 'review', argv: ['review', 'fhdra-video', '--user', 'julie'], exit: ExitCode.usage, names: '--attest' },
  { input: 'approve without --attest', argv: ['approve', 'fhdra-video', '--user', 'julie'], exit: ExitCode.usage, names: '--attest' },
];

// biome-ignore format: one case a line
const files: BadInput[] = [
  { input: 'a missing answers file', argv: ['new', '--answers', 'gone.json', ...amara], exit: ExitCode.notFound, names: 'gone.json' },
  { input: 'an answers file that is not JSON', setup: write('bad.json', '{ nope'), argv: ['new', '--answers', 'bad.json', ...amara], exit: ExitCode.validation, names: 'bad.json' },
  { input: 'an answers file that is a folder', setup: folder('dir.json'), argv: ['new', '--answers', 'dir.json', ...amara], exit: ExitCode.usage, names: 'dir.json' },
  { input: 'an answers file that is empty', argv: ['new', '--answers', '/dev/null', ...amara], exit: ExitCode.validation, names: '/dev/null' },
  { input: 'an import that is not JSON', setup: write('bad.json', 'not json'), argv: ['import', 'bad.json', ...admin], exit: ExitCode.validation, names: /JSON/ },
  { input: 'an import of the wrong shape', setup: write('shape.json', '{"format":"eqia"}'), argv: ['import', 'shape.json', ...admin], exit: ExitCode.validation, names: /./ },
  { input: 'a missing import', argv: ['import', 'gone.json', ...admin], exit: ExitCode.notFound, names: 'gone.json' },
  { input: 'a profile that is not JSON', setup: write('p.json', '[1,'), argv: ['profile', 'set', 'p.json', ...admin], exit: ExitCode.validation, names: 'p.json' },
  { input: 'a profile of the wrong shape', setup: write('p.json', '{}'), argv: ['profile', 'set', 'p.json', ...admin], exit: ExitCode.validation, names: /profile/i },
  { input: 'a missing init profile', argv: ['init', '--profile', 'gone.json', '--store', 'fresh'], exit: ExitCode.notFound, names: 'gone.json' },
  { input: 'an init profile that is a folder', setup: folder('p.json'), argv: ['init', '--profile', 'p.json', '--store', 'fresh'], exit: ExitCode.usage, names: 'p.json' },
  { input: 'a missing insight file', argv: [...insight, '--population', 'gone.csv'], exit: ExitCode.notFound, names: 'gone.csv' },
  { input: 'an insight file of words', setup: write('bad.csv', 'category,count\nWhite,many\n'), argv: [...insight, '--population', 'bad.csv'], exit: ExitCode.validation, names: 'many' },
];

// biome-ignore format: one case a line
const outputs: BadInput[] = [
  { input: '--out the store database', argv: [...out, '.eqia/eqia.db'], exit: ExitCode.usage, names: 'eqia.db' },
  { input: '--out the store database, forced', argv: [...out, '.eqia/eqia.db', '--force'], exit: ExitCode.usage, names: 'eqia.db' },
  { input: '--out the write-ahead log', argv: [...out, '.eqia/eqia.db-wal'], exit: ExitCode.usage, names: 'eqia.db-wal' },
  { input: '--out a new file in the store folder', argv: [...out, '.eqia/copy.json'], exit: ExitCode.usage, names: 'copy.json' },
  { input: '--out the store through a link', setup: (dir) => symlinkSync(join(dir, '.eqia'), join(dir, 'link')), argv: [...out, 'link/eqia.db-shm'], exit: ExitCode.usage, names: 'eqia.db-shm' },
  { input: '--out the store file given as --store', argv: [...report, '--store', '.eqia/eqia.db', '--out', '.eqia/eqia.db-journal'], exit: ExitCode.usage, names: 'eqia.db-journal' },
  { input: '--out a file that exists', setup: write('mine.json', 'keep me'), argv: [...out, 'mine.json'], exit: ExitCode.usage, names: '--force' },
  { input: '--out a folder', setup: folder('reports'), argv: [...out, 'reports'], exit: ExitCode.usage, names: 'reports' },
  { input: '--out in a missing folder', argv: [...out, 'missing/x.json'], exit: ExitCode.notFound, names: /No such folder: \S*\/missing \(in the path \S*\/missing\/x\.json\)/ },
  { input: '--out a full disk', argv: [...out, '/dev/full'], exit: ExitCode.storageFailed, names: '/dev/full' },
  { input: '--out a name too long', argv: [...out, `${'n'.repeat(5000)}.json`], exit: ExitCode.usage, names: 'nnnn' },
  { input: '--out an empty name', argv: [...out, ''], exit: ExitCode.usage, names: '--out' },
  { input: 'report --out the store', argv: [...report, '--out', '.eqia/eqia.db'], exit: ExitCode.usage, names: 'eqia.db' },
];

// biome-ignore format: one case a line
const stores: BadInput[] = [
  { input: '--store a text file', setup: write('notes.txt', 'hello\n'.repeat(200)), argv: ['list', '--store', 'notes.txt'], exit: ExitCode.storeCorrupt, names: 'notes.txt' },
  { input: '--store /dev/null', argv: ['list', '--store', '/dev/null'], exit: ExitCode.usage, names: '/dev/null' },
  { input: '--store under a file', setup: write('f', 'x'), argv: ['list', '--store', 'f/store'], exit: ExitCode.notFound, names: 'f/store' },
  { input: '--store nowhere', argv: ['list', '--store', 'nowhere'], exit: ExitCode.notFound, names: 'nowhere' },
  { input: '--store a name too long', argv: ['list', '--store', 's'.repeat(5000)], exit: ExitCode.usage, names: 'ssss' },
  { input: 'EQIA_STORE /dev/null', env: { EQIA_STORE: '/dev/null' }, argv: ['due'], exit: ExitCode.usage, names: '/dev/null' },
];

// biome-ignore format: one case a line
const environment: BadInput[] = [
  { input: 'EQIA_NOW not a date', env: { EQIA_NOW: 'yesterday' }, argv: ['due'], exit: ExitCode.usage, names: 'yesterday' },
  { input: 'EQIA_NOW an impossible day', env: { EQIA_NOW: '2025-02-30T10:00:00Z' }, argv: ['show', 'hybrid-working'], exit: ExitCode.usage, names: '2025-02-30' },
  { input: 'EQIA_NOW to a write', env: { EQIA_NOW: '12:00' }, argv: ['withdraw', 'hybrid-working', '--reason', 'x', ...amara], exit: ExitCode.usage, names: '12:00' },
  { input: 'EQIA_USER unknown', env: { EQIA_USER: 'mallory' }, argv: ['submit', 'hybrid-working'], exit: ExitCode.usage, names: 'mallory' },
  { input: 'EQIA_CONFIG not JSON', setup: write('config.json', '{'), env: { EQIA_CONFIG: 'config.json' }, argv: ['list'], exit: ExitCode.validation, names: 'config.json' },
  { input: 'EQIA_CONFIG a folder', setup: folder('conf'), env: { EQIA_CONFIG: 'conf' }, argv: ['config', 'list'], exit: ExitCode.usage, names: 'conf' },
  { input: 'EQIA_NO_INPUT with new', env: { EQIA_NO_INPUT: '1' }, argv: ['new', ...amara], exit: ExitCode.usage, names: '--answers' },
];

/** The demo store, damaged in place: each command refuses it by name and changes nothing. */
// biome-ignore format: one case a line
const damage: BadInput[] = [
  { input: 'a summary that is not JSON', setup: sql("UPDATE assessment_list SET summary = 'oops' WHERE id = 'hybrid-working'"), argv: ['list'], exit: ExitCode.storeCorrupt, names: 'eqia.db' },
  { input: 'a summary of the wrong shape', setup: sql(`UPDATE assessment_list SET summary = '{"id":"hybrid-working"}' WHERE id = 'hybrid-working'`), argv: ['list'], exit: ExitCode.storeCorrupt, names: 'hybrid-working' },
  { input: 'a summary of the wrong shape, to a write', setup: sql("UPDATE assessment_list SET summary = '[]' WHERE id = 'hybrid-working'"), argv: ['withdraw', 'hybrid-working', '--reason', 'x', ...amara], exit: ExitCode.storeCorrupt, names: 'eqia.db' },
  { input: 'a snapshot of the wrong shape', setup: sql(`UPDATE assessments SET snapshot = '{"snapshotVersion":3}' WHERE id = 'hybrid-working'`), argv: ['show', 'hybrid-working'], exit: ExitCode.storeCorrupt, names: 'hybrid-working' },
  { input: 'an assessment whose policy is a number', setup: sql("UPDATE assessments SET snapshot = json_set(snapshot, '$.assessment.policy', 5) WHERE id = 'hybrid-working'"), argv: ['show', 'hybrid-working'], exit: ExitCode.storeCorrupt, names: 'assessment.policy' },
  { input: 'an assessment in no lifecycle state', setup: sql("UPDATE assessments SET snapshot = json_set(snapshot, '$.status.state', 'nowhere') WHERE id = 'hybrid-working'"), argv: ['submit', 'hybrid-working', ...amara], exit: ExitCode.storeCorrupt, names: 'status.state' },
  { input: 'a digest that is not JSON', setup: sql("UPDATE assessment_checks SET checks = 'oops' WHERE id = 'hybrid-working'"), argv: ['check', '--all'], exit: ExitCode.storeCorrupt, names: 'eqia.db' },
  { input: 'a digest of the wrong shape, to the report', setup: sql("UPDATE assessment_annual SET annual = json_set(annual, '$.annual.impacts', 'none') WHERE id = 'hybrid-working'"), argv: ['report', '--from', '2025-01-01', '--to', '2026-12-31'], exit: ExitCode.storeCorrupt, names: 'hybrid-working' },
  { input: 'digested checks of the wrong shape', setup: sql("UPDATE assessment_checks SET checks = json_set(checks, '$.checks.clockFacts', 5) WHERE id = 'hybrid-working'"), argv: ['check', '--all'], exit: ExitCode.storeCorrupt, names: 'hybrid-working' },
  { input: 'a wrong-shaped snapshot read in bulk', setup: sql("DELETE FROM assessment_annual WHERE id = 'hybrid-working'; UPDATE assessments SET snapshot = json_set(snapshot, '$.assessment.policy', 5) WHERE id = 'hybrid-working'"), argv: ['report', '--from', '2025-01-01', '--to', '2026-12-31'], exit: ExitCode.storeCorrupt, names: 'assessment.policy' },
  { input: 'a profile that is {}', setup: sql("UPDATE profile SET profile = '{}'"), argv: ['list'], exit: ExitCode.storeCorrupt, names: 'profile' },
  { input: 'a profile without its approval chain', setup: sql(`UPDATE profile SET profile = '{"name":"x","users":[{"id":"amara","name":"A","roles":["admin"]}]}'`), argv: ['show', 'hybrid-working'], exit: ExitCode.storeCorrupt, names: 'profile' },
  { input: 'an event that is not JSON', setup: sql("DROP TRIGGER events_no_update; UPDATE events SET event = 'oops' WHERE assessment_id = 'hybrid-working' AND seq = 1"), argv: ['history', 'hybrid-working'], exit: ExitCode.storeCorrupt, names: 'hybrid-working' },
  { input: 'another application id', setup: sql('PRAGMA application_id = 7'), argv: ['list'], exit: ExitCode.storeCorrupt, names: 'not an eqia store' },
  { input: 'a newer schema', setup: sql('PRAGMA user_version = 99'), argv: ['list'], exit: ExitCode.unsupportedVersion, names: '99' },
  { input: 'a truncated file', setup: bytes((file) => file.subarray(0, 8192)), argv: ['show', 'hybrid-working'], exit: ExitCode.storeCorrupt, names: 'eqia.db' },
  // Pages of the assessments table: \`list\` reads only the summaries' copy, verify reads every row.
  { input: 'zeroed pages', setup: bytes((file) => file.fill(0, 4096, 4096 * 4)), argv: ['verify'], exit: ExitCode.storeCorrupt, names: 'eqia.db' },
];

/** Every case, by what kind of input it is. */
const badInputs: [string, BadInput[]][] = [
  ['ids', ids],
  ['flags', flags],
  ['no terminal', noTerminal],
  ['files', files],
  ['--out', outputs],
  ['--store', stores],
  ['environment variables', environment],
  ['a damaged store', damage],
];

const digest = (file: string) =>
  existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'absent';

describe('bad input to the built eqia', () => {
  let pristine: string;
  beforeAll(async () => {
    pristine = await tempDir();
    const demo = await runBinary(pristine, ['demo'], { env: { EQIA_CONFIG: join(pristine, 'none.json') } });
    expect(demo.code).toBe(0);
  }, 120_000);

  /** A copy of the demo store for one case, so that no case sees another's leftovers. */
  async function caseFolder(): Promise<string> {
    const dir = await tempDir();
    cpSync(join(pristine, '.eqia'), join(dir, '.eqia'), { recursive: true });
    return dir;
  }

  for (const [group, cases] of badInputs)
    describe(group, () => {
      it.each(cases.map((bad) => [bad.input, bad] as const))(
        '%s: its exit code, the bad value named, the store as it was',
        async (_, bad) => {
          const dir = await caseFolder();
          bad.setup?.(dir);
          const before = digest(database(dir));
          const run = await runBinary(dir, bad.argv, {
            env: { EQIA_CONFIG: join(dir, 'no-settings.json'), ...bad.env },
          });
          expect(run.stderr).not.toContain('bug in eqia');
          expect(run.code, run.stderr).toBe(bad.exit);
          if (typeof bad.names === 'string') expect(run.stderr).toContain(bad.names);
          else expect(run.stderr).toMatch(bad.names);
          expect(digest(database(dir))).toBe(before);
        },
      );
    });

  it('--out replaces a file only with --force, and then whole', async () => {
    const dir = await caseFolder();
    writeFileSync(join(dir, 'mine.json'), 'keep me');
    const refused = await runBinary(dir, [...out, 'mine.json']);
    expect(refused.code).toBe(ExitCode.usage);
    expect(readFileSync(join(dir, 'mine.json'), 'utf8')).toBe('keep me');
    const forced = await runBinary(dir, [...out, 'mine.json', '--force']);
    expect(forced.code).toBe(ExitCode.ok);
    expect(JSON.parse(readFileSync(join(dir, 'mine.json'), 'utf8'))).toMatchObject({
      assessment: { id: 'fhdra-pathfinder' },
    });
  });

  const root = process.getuid?.() === 0;
  it('a store this user may not read or write is refused by name, and left as it was', async () => {
    const dir = await caseFolder();
    const file = database(dir);
    // Root may write anything: the run then goes as nobody, who may only read.
    chmodSync(dir, 0o755);
    chmodSync(join(dir, '.eqia'), 0o555);
    chmodSync(file, 0o444);
    const user = root ? { uid: 65534, gid: 65534 } : undefined;
    const before = digest(file);
    for (const argv of [['list'], ['withdraw', 'hybrid-working', '--reason', 'x', ...amara]]) {
      const run = await runBinary(dir, argv, { env: { EQIA_CONFIG: '/nonexistent/config.json' }, user });
      expect(run.stderr).not.toContain('bug in eqia');
      expect(run.code, run.stderr).toBe(ExitCode.forbidden);
      expect(run.stderr).toContain(file);
    }
    expect(digest(file)).toBe(before);
  });
});
