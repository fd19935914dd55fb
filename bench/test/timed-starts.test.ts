import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { timedStarts } from '../src/timed-starts.js';

const node = process.execPath;
const env = { PATH: process.env.PATH ?? '' };

test('each run of a process is timed from its start to its exit', async () => {
  const timing = await timedStarts({ command: node, args: ['-e', '0'], env, runs: 3, warmup: 1 });
  expect(timing.runs).toBe(3);
  expect(timing.samples.every((ms) => ms > 0)).toBe(true);
  expect(timing.medianMs).toBe([...timing.samples].sort((a, b) => a - b)[1]);
});

test('with `until`, a run ends when its output shows the text, and its process is ended then', async () => {
  // Notes its process id, prints the text, then would wait ten seconds: the runs take far less, and
  // none of them is left running.
  const folder = await mkdtemp(join(tmpdir(), 'eqia-bench-'));
  try {
    const script = `require('node:fs').writeFileSync(require('node:path').join(${JSON.stringify(folder)}, String(process.pid)), '');
      process.stdout.write('first question'); setTimeout(() => {}, 10_000);`;
    const started = performance.now();
    const timing = await timedStarts({
      command: node,
      args: ['-e', script],
      env,
      until: 'first question',
      runs: 3,
      warmup: 0,
    });
    expect(timing.runs).toBe(3);
    expect(performance.now() - started).toBeLessThan(9_000);
    const pids = (await readdir(folder)).map(Number);
    expect(pids).toHaveLength(3);
    expect(pids.filter(isRunning)).toEqual([]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('a run that fails fails the measurement, saying why', async () => {
  await expect(
    timedStarts({ command: node, args: ['-e', 'process.exit(3)'], env, runs: 3, warmup: 0 }),
  ).rejects.toThrow(/timing -e process\.exit\(3\) failed: -e process\.exit\(3\) exited with 3/);
  await expect(
    timedStarts({ command: node, args: ['-e', '0'], env, until: 'first question', runs: 3, warmup: 0 }),
  ).rejects.toThrow(/it exited before showing "first question"/);
});
