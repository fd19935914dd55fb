import { beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { runBinary } from './support/binary.js';
import { cafcassStore, eqia } from './support/cli.js';

/** Without a terminal every prompt refuses at once, names the flag to use, and nothing hangs. */
describe('without a terminal', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await cafcassStore([{ user: 'amara', answers: 'answers-full.json' }], {
      EQIA_NOW: '2026-03-02T10:00:00Z',
    });
    await eqia(cwd, ['submit', 'eqia-2026-007', '--user', 'amara'], { EQIA_NOW: '2026-03-02T10:00:00Z' });
  }, 60_000);

  it('`eqia new` asks for --answers', async () => {
    const run = await runBinary(cwd, ['new', '--user', 'ben']);
    expect(run.code).toBe(ExitCode.usage);
    expect(run.stderr).toMatchInlineSnapshot(`
      "eqia new: \`eqia new\` needs answers to its questions, and there is no terminal to ask (or --no-input was given): pass --answers <file.json>.
      "
    `);
  });

  it('`eqia edit` and `eqia review` refuse the same way', async () => {
    const edit = await runBinary(cwd, ['edit', 'eqia-2026-007', '--user', 'amara']);
    expect(edit.code).toBe(ExitCode.usage);
    expect(edit.stderr).toContain('--answers');
    const review = await runBinary(cwd, ['review', 'eqia-2026-007', '--user', 'julie']);
    expect(review.code).toBe(ExitCode.usage);
    expect(review.stderr).toContain('eqia approve <id> --attest');
  });

  it('approving asks for --attest, and request-changes for --comment', async () => {
    const approve = await runBinary(cwd, ['approve', 'eqia-2026-007', '--user', 'julie']);
    expect(approve.code).toBe(ExitCode.usage);
    expect(approve.stderr).toContain('pass --attest');
    const changes = await runBinary(cwd, ['request-changes', 'eqia-2026-007', '--user', 'julie']);
    expect(changes.code).toBe(ExitCode.usage);
    expect(changes.stderr).toContain('--comment <text>');
  });

  it('--no-input refuses even where a terminal exists (checked in-process)', async () => {
    const run = await eqia(cwd, ['new', '--user', 'ben', '--no-input']);
    expect(run.code).toBe(ExitCode.usage);
  });
});
