import type { EqiaClient, RefreshOptions } from '@eqia/sdk';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../src/cancelled.js';
import { createContext } from '../src/context.js';
import { stoppableByCtrlC } from '../src/ctrl-c.js';
import { ExitCode } from '../src/exit-codes.js';
import { refreshDigests } from '../src/refresh-digests.js';
import { reportError } from '../src/report-error.js';
import { standardInput } from './support/cli.js';

/** A terminal's context, its standard error kept (a file, not the terminal, when `errorsToFile`). */
function terminal(errorsToFile = false) {
  const errors: string[] = [];
  const stdin = Object.assign(standardInput(), { isTTY: true });
  const ctx = createContext('reindex', [], {
    env: {},
    cwd: process.cwd(),
    stdout: { write: () => true, isTTY: true },
    stderr: { write: (text: string) => errors.push(text), isTTY: !errorsToFile },
    stdin,
  });
  return { ctx, stderr: () => errors.join('') };
}

/** A client whose refresh makes one batch of four, then Ctrl+C is pressed; it stops where a store would. */
const interruptedAfterOneBatch = {
  async refreshDigests({ onProgress, signal }: RefreshOptions = {}) {
    onProgress?.({ done: 200, of: 800 });
    process.emit('SIGINT');
    if (signal?.aborted)
      throw new CancelledError('The call was cancelled by its signal: nothing was written.');
    return { stale: 800, refreshed: 800 };
  },
} as unknown as EqiaClient;

describe('Ctrl+C while digests are made again', () => {
  it('stops between batches and says what was kept, in place of the progress line, exit 130', async () => {
    const { ctx, stderr } = terminal();
    const listening = process.listenerCount('SIGINT');
    const stopped = await refreshDigests(ctx, interruptedAfterOneBatch, () => 'done').catch((e) => e);
    expect(stopped).toBeInstanceOf(CancelledError);
    expect(stderr()).toBe('\rMaking digests again: 200 of 800\r\u001b[K');
    expect(stopped.message).toBe(
      'Stopped: the 200 digests made again so far are kept; `eqia reindex` makes the rest.',
    );
    expect(reportError(ctx, stopped)).toBe(ExitCode.cancelled);
    // The handler is gone: a later Ctrl+C ends the process as usual.
    expect(process.listenerCount('SIGINT')).toBe(listening);
  });

  it('writes no progress line into a file that standard error was sent to', async () => {
    const { ctx, stderr } = terminal(true);
    const stopped = await refreshDigests(ctx, interruptedAfterOneBatch, () => 'done').catch((e) => e);
    expect(stopped).toBeInstanceOf(CancelledError);
    expect(stderr()).toBe('');
    reportError(ctx, stopped);
    expect(stderr()).toBe(
      'eqia reindex: Stopped: the 200 digests made again so far are kept; `eqia reindex` makes the rest.\n',
    );
  });

  it('lets work that is not interrupted finish, and leaves no handler behind', async () => {
    const listening = process.listenerCount('SIGINT');
    expect(await stoppableByCtrlC(async (signal) => signal.aborted)).toBe(false);
    expect(process.listenerCount('SIGINT')).toBe(listening);
  });
});
