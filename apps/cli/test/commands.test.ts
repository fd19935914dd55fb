import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openSqliteStore } from '@eqia/store-sqlite';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../src/command-list.js';
import { runBinary } from './support/binary.js';
import { tempDir } from './support/cli.js';

/**
 * The commands no journey walks, each on the built binary and the demo store, asserting what its user
 * would notice: what it prints, its exit code and what the store holds afterwards.
 */
describe('every command, on the built CLI', () => {
  let cwd: string;
  const as = (user: string, ...argv: string[]) =>
    runBinary(cwd, ['--user', user, ...argv], { env: { HOME: join(cwd, 'home') } });

  beforeAll(async () => {
    cwd = await tempDir();
    expect((await as('amara', 'demo')).code).toBe(0);
  }, 120_000);

  it('due lists each overdue action with its text, owner and days late, and exits 1', async () => {
    const due = await as('val', 'due');
    expect(due.code).toBe(1);
    expect(due.stdout).toContain('Reviews due:');
    expect(due.stdout).toMatch(
      /fhdra-pilot\s+2025-12-18\s+\d+ days\s+Agree with designated family judges .*\(owner: Sam Patel, Director of Operations\)/,
    );
  });

  it('action updates an action after sign-off and records a monitoring note; history tells it in sentences', async () => {
    const done = await as(
      'amara',
      'action',
      'fhdra-pilot',
      'act-domestic-abuse-listing',
      '--status',
      'done',
      '--note',
      'Agreed.',
    );
    expect(done.stdout).toContain('✓ Action act-domestic-abuse-listing is done');
    const noted = await as('amara', 'action', 'fhdra-pilot', '--monitoring-note', 'Attendance steady.');
    expect(noted.code).toBe(0);
    expect((await as('val', 'due')).stdout).not.toContain('Agree with designated family judges');
    const history = (await as('val', 'history', 'fhdra-pilot')).stdout;
    expect(history).toContain('Amara Okafor marked action act-domestic-abuse-listing done.');
    expect(history).toContain('Amara Okafor added a monitoring note.');
  });

  it('reaffirm confirms a signed-off assessment at review and sets its next review', async () => {
    const run = await as(
      'julie',
      'reaffirm',
      'fhdra-pilot',
      '--next-review',
      '2027-10-15',
      '--note',
      'Holds.',
    );
    expect(run.stdout).toContain('✓ Reaffirmed until 2027-10-15');
    expect((await as('val', 'due')).stdout).not.toContain('Reviews due:');
  });

  it('revise starts the next revision as a draft beside the signed-off one', async () => {
    const run = await as('amara', 'revise', 'fhdra-pilot');
    expect(run.stdout).toContain('✓ Started revision 2');
    expect(run.stdout).toContain('(fhdra-pilot-r2) is draft');
    expect((await as('val', 'list', '--state', 'draft')).stdout).toContain('fhdra-pilot-r2');
  });

  it('list says when its filters match nothing, and refuses a characteristic the profile does not consider', async () => {
    const none = await as('val', 'list', '--characteristic', 'carers', '--state', 'withdrawn');
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('No assessments match these filters.');
    const typo = await as('val', 'list', '--characteristic', 'disabilty');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('--characteristic must be one of the profile');
    expect(typo.stderr).toContain('age, disability, gender_reassignment');
  });

  it('comment adds a comment the author sees with its id, replies to it and resolves it', async () => {
    const added = await as(
      'julie',
      'comment',
      'fhdra-video',
      '--section',
      'engagement',
      'Who spoke for carers?',
    );
    expect(added.stdout).toContain('✓ Comment added');
    const shown = (await as('amara', 'show', 'fhdra-video')).stdout;
    const id = /\[(\S+)\] Julie Brown: “Who spoke for carers\?” — open/.exec(shown)?.[1];
    expect(id).toBeDefined();
    const reply = await as(
      'amara',
      'comment',
      'fhdra-video',
      '--section',
      'engagement',
      'The Family Forum.',
      '--reply-to',
      `${id}`,
    );
    expect(reply.code).toBe(0);
    expect((await as('julie', 'comment', 'fhdra-video', '--resolve', `${id}`)).stdout).toContain(
      '✓ Comment resolved',
    );
    expect((await as('amara', 'show', 'fhdra-video')).stdout).toMatch(/Who spoke for carers\?” — resolved/);
    expect((await as('val', 'history', 'fhdra-video')).stdout).toContain(
      `Julie Brown resolved comment ${id}.`,
    );
  });

  it('request-changes sends it back with the reason, and withdraw --submission takes one back', async () => {
    const sent = await as(
      'julie',
      'request-changes',
      'fhdra-video',
      '--comment',
      'Say who spoke for carers.',
    );
    expect(sent.code).toBe(0);
    expect((await as('amara', 'show', 'fhdra-video')).stdout).toContain(
      'being assessed: changes requested by Julie Brown (“Say who spoke for carers.”)',
    );
    expect((await as('amara', 'submit', 'fhdra-video')).code).toBe(0);
    const back = await as('amara', 'withdraw', 'fhdra-video', '--submission');
    expect(back.stdout).toContain('✓ Submission withdrawn');
    expect(back.stdout).toContain('is being assessed');
  });

  it('withdraw --reason abandons a draft for good', async () => {
    const run = await as('ben', 'withdraw', 'hybrid-working', '--reason', 'The policy was dropped.');
    expect(run.stdout).toContain('is withdrawn');
    expect((await as('val', 'history', 'hybrid-working')).stdout).toContain(
      'Ben Hughes withdrew it: “The policy was dropped.”; it is now withdrawn.',
    );
  });

  it('users lists, adds, changes roles and removes, and only an admin may', async () => {
    expect((await as('val', 'users')).stdout).toMatch(/julie\s+Julie Brown\s+equality_lead/);
    const refused = await as('amara', 'users', 'add', 'zoe', '--name', 'Zoe Grant', '--roles', 'author');
    expect(refused.code).toBe(4);
    // A user is something the checks read (who the author is, who holds a senior role): every digest is
    // made again under the changed profile.
    expect(
      (await as('ops', 'users', 'add', 'zoe', '--name', 'Zoe Grant', '--roles', 'author')).stdout,
    ).toMatch(/^✓ Added zoe\.\n✓ Made the digests of \d+ assessments again under the changed profile\.\n$/);
    expect((await as('ops', 'users', 'roles', 'zoe', '--roles', 'author,contributor')).code).toBe(0);
    expect((await as('val', 'users')).stdout).toMatch(/zoe\s+Zoe Grant\s+author,contributor/);
    expect((await as('ops', 'users', 'remove', 'zoe')).code).toBe(0);
    expect((await as('val', 'users')).stdout).not.toContain('zoe');
  });

  it('reindex makes again the digests a profile changed elsewhere left stale, and check --all finds the same from them', async () => {
    const store = openSqliteStore(join(cwd, '.eqia', 'eqia.db'));
    const profile = await store.readProfile();
    if (!profile) throw new Error('no profile');
    // Written past the client, as another tool or an older eqia would: nothing refreshes the digests.
    await store.writeProfile({ ...profile, evidenceFreshnessMonths: profile.evidenceFreshnessMonths + 1 });
    await store.close();
    const before = await as('val', 'check', '--all', '--json');
    const reindexed = await as('val', 'reindex');
    expect(reindexed.code).toBe(0);
    expect(reindexed.stdout).toMatch(
      /^✓ Made the digests of \d+ assessments again: the annual report and check --all read them instead of each assessment whole\.\n$/,
    );
    expect((await as('val', 'reindex')).stdout).toBe(
      'Every digest (what the annual report and check --all read) is current: nothing to do.\n',
    );
    expect((await as('val', 'check', '--all', '--json')).stdout).toBe(before.stdout);
    // Registering a signing key changes nothing the checks read: no digest goes stale.
    expect((await as('ben', 'keys', 'create')).stdout).not.toContain('digests');
  });

  it('profile shows the organisation, and profile set replaces it from a file', async () => {
    expect((await as('val', 'profile')).stdout).toContain(
      'Approval chain: Equality lead review (equality lead) → Senior sign-off (approver)',
    );
    const profile = JSON.parse((await as('val', 'profile', 'show', '--json')).stdout);
    await writeFile(join(cwd, 'profile.json'), JSON.stringify({ ...profile, reviewIntervalMonths: 24 }));
    expect((await as('ops', 'profile', 'set', 'profile.json')).code).toBe(0);
    expect((await as('val', 'profile')).stdout).toContain('Review every 24 months');
  });

  it('import reads an export back into another store, with its history', async () => {
    expect((await as('val', 'export', 'fhdra-pathfinder', '--out', 'pathfinder.json')).code).toBe(0);
    const other = ['--store', 'other'];
    expect((await as('ops', ...other, 'init', '--profile', 'cafcass')).code).toBe(0);
    const imported = await as('ops', ...other, 'import', 'pathfinder.json');
    expect(imported.stdout).toContain('✓ Imported');
    expect((await as('val', ...other, 'list')).stdout).toMatch(/fhdra-pathfinder\s+published/);
    expect((await as('val', ...other, 'history', 'fhdra-pathfinder')).stdout).toContain(
      'Amara Okafor published it',
    );
  });

  it('objectives report prints the Board report, and a change asked in the wrong state says why', async () => {
    const report = await as('val', 'objectives', 'report', '--format', 'md');
    expect(report.stdout).toMatch(/^# Equality objectives: progress to 23 November 2026/);
    const refused = await as(
      'owen',
      'objectives',
      'request-changes',
      'leadership-and-commitment',
      '--reason',
      'x',
    );
    expect(refused.code).toBe(7);
    expect(refused.stderr).toContain('leadership-and-commitment');
  });
});

/**
 * Each command has a test of the built CLI: here, or in the file named. A new command fails this until it
 * has one.
 */
const elsewhere: Record<string, string> = {
  init: 'objectives.test.ts',
  demo: 'publishing.test.ts',
  new: 'e2e-tmux.test.ts',
  edit: 'e2e-tmux.test.ts',
  submit: 'e2e-tmux.test.ts',
  review: 'e2e-tmux.test.ts',
  approve: 'e2e-tmux.test.ts',
  publish: 'walk-in-offices.journey.ts',
  list: 'publishing.test.ts',
  show: 'publishing.test.ts',
  check: 'e2e-tmux.test.ts',
  verify: 'e2e-tmux.test.ts',
  export: 'publishing.test.ts',
  report: 'publishing.test.ts',
  insight: 'publishing.test.ts',
  objectives: 'objectives.test.ts',
  keys: 'keys.test.ts',
  config: 'config.test.ts',
  'migrate-store': 'migrate-store.test.ts',
  data: 'data.test.ts',
};

describe('the audit of end-to-end tests', () => {
  it('names, for every command, a test that runs it on the built CLI', () => {
    const here = readFileSync(new URL(import.meta.url), 'utf8');
    const tests = new URL('./', import.meta.url);
    expect(readdirSync(tests)).toEqual(expect.arrayContaining(Object.values(elsewhere)));
    for (const { name } of commands) {
      const file = elsewhere[name];
      const source = file ? readFileSync(new URL(file, tests), 'utf8') : here;
      expect(source, `${name}: no test of the built CLI`).toMatch(/support\/(binary|tmux)\.js/);
      // As an argument ('list') or in a command line typed into tmux (`… review <id>`).
      expect(source, `${name}: not run in ${file ?? 'commands.test.ts'}`).toMatch(
        new RegExp(`'${name}'|\\} ${name} `),
      );
    }
  });
});
