import { beforeAll, describe, expect, it } from 'vitest';
import { cafcassStore, eqia } from './support/cli.js';

describe('output', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await cafcassStore([{ user: 'ben', answers: 'answers-screening.json', id: 'one' }]);
  });

  it('is coloured on a terminal, and plain with NO_COLOR or when piped', async () => {
    const ansi = '\u001b[';
    expect((await eqia(cwd, ['show', 'one'], {}, { terminal: true })).stdout).toContain(ansi);
    expect((await eqia(cwd, ['show', 'one'], { NO_COLOR: '1' }, { terminal: true })).stdout).not.toContain(
      ansi,
    );
    expect((await eqia(cwd, ['show', 'one'])).stdout).not.toContain(ansi);
  });

  it('colours what it says on standard error only when standard error is the terminal', async () => {
    const ansi = '\u001b[';
    const wrote = async (file: string, ends: { terminal?: boolean; errorTerminal?: boolean }) =>
      (await eqia(cwd, ['export', 'one', '--format', 'json', '--out', file], {}, ends)).stderr;
    // The export into a file, its ✓ line into another (2> log) while the command was typed at a terminal.
    expect(await wrote('to-a-log.json', { terminal: true })).toMatch(/^✓ Wrote /);
    expect(await wrote('at-a-terminal.json', { terminal: false, errorTerminal: true })).toContain(ansi);
  });

  it('--json on every read command prints parseable JSON', async () => {
    for (const argv of [
      ['list'],
      ['show', 'one'],
      ['check', 'one'],
      ['due'],
      ['history', 'one'],
      ['verify'],
      ['users'],
      ['profile'],
    ]) {
      const run = await eqia(cwd, [...argv, '--json']);
      expect(() => JSON.parse(run.stdout), argv.join(' ')).not.toThrow();
    }
  });

  it('--help works for every command and --version prints the version', async () => {
    const { commands } = await import('../src/command-list.js');
    for (const command of commands) {
      const run = await eqia(cwd, [command.name, '--help']);
      expect(run.code, command.name).toBe(0);
      expect(run.stdout).toContain(`eqia ${command.name}`);
    }
    expect((await eqia(cwd, ['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
