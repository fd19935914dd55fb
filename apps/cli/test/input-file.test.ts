import { describe, expect, it } from 'vitest';
import { readInputText } from '../src/input-file.js';
import { eqia, standardInput, tempDir } from './support/cli.js';

/** Standard input that never ends, as a pipe left open or /dev/zero piped in. */
async function* endless(): AsyncGenerator<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024);
  for (;;) yield chunk;
}

describe('a file named on the command line', () => {
  it('that never ends is refused as usage (exit 2), naming it, not as a bug', async () => {
    await expect(
      readInputText({ cwd: '/', stdin: standardInput() }, '/dev/full'),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[UsageError: /dev/full is too large to read, or never ends: give the file itself.]`,
    );
  });

  it('as `-` reads standard input, and refuses one that never ends', async () => {
    await expect(readInputText({ cwd: '/', stdin: standardInput('{"a":1}') }, '-')).resolves.toBe('{"a":1}');
    await expect(
      readInputText({ cwd: '/', stdin: endless() }, '-'),
    ).rejects.toThrowErrorMatchingInlineSnapshot(
      `[UsageError: standard input is too large to read, or never ends: give the file itself.]`,
    );
  });

  it('as `-` with nothing piped in is told as empty at once, not waited for', async () => {
    const cwd = await tempDir();
    await eqia(cwd, ['demo']);
    const run = await eqia(cwd, ['new', '--user', 'ben', '--answers', '-']);
    expect(run.code).toBe(6);
    expect(run.stderr).toBe('eqia new: The answers file standard input is not valid JSON: it is empty.\n');
  });
});
