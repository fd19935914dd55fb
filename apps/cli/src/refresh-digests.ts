import { type Frozen, type Profile, profileFingerprint } from '@eqia/core';
import type { DigestsRefreshed, EqiaClient } from '@eqia/sdk';
import { CancelledError } from './cancelled.js';
import type { CliContext } from './context.js';
import { stoppableByCtrlC } from './ctrl-c.js';
import { msg } from './messages/ui-language.js';
import { say } from './output/say.js';

/**
 * Makes every stale digest again (`client.refreshDigests`), telling how far it has got on standard error
 * while a person watches, then `told` the outcome, a ✓ line, when there was anything to do. Ctrl+C stops
 * it between batches, with what it kept said (exit 130). What `eqia reindex` runs.
 */
export async function refreshDigests(
  ctx: CliContext,
  client: EqiaClient,
  told: (refreshed: number) => string,
): Promise<DigestsRefreshed> {
  let shown = false;
  let done = 0;
  const clearLine = () => shown && ctx.writeError('\r\u001b[K');
  const result = await stoppableByCtrlC((signal) =>
    client
      .refreshDigests({
        signal,
        onProgress: (progress) => {
          done = progress.done;
          // One line, written over, while a person watches (not into a file standard error was sent
          // to), and only when there is more than one batch.
          if (!ctx.canPrompt || ctx.errorColumns() === undefined) return;
          if (progress.done === progress.of && !shown) return;
          shown = true;
          ctx.writeError(`\r${msg.reindex.progress(progress)}`);
        },
      })
      .catch((error: unknown) => {
        if (!signal.aborted) throw error;
        // Each batch was kept as it was made: say so, in place of the progress line.
        clearLine();
        throw new CancelledError(msg.reindex.stopped({ done }));
      }),
  );
  clearLine();
  const { stale, refreshed } = result;
  if (refreshed > 0) say(ctx, `✓ ${told(refreshed)}`);
  if (stale > refreshed) say(ctx, `  ${msg.reindex.savedMeanwhile({ saved: stale - refreshed })}`);
  return result;
}

/**
 * After a command changed the profile (`before`: the profile it changed): when the change was to a part
 * the checks read, every digest's checks are stale, and `check --all` and the annual report would read
 * each assessment whole until it is saved again, so they are made again now. A change to nothing the
 * checks read (a signing key) leaves them current, and the store is not walked.
 */
export async function refreshAfterProfileChange(
  ctx: CliContext,
  client: EqiaClient,
  before: Frozen<Profile>,
): Promise<void> {
  if (profileFingerprint(before) === profileFingerprint(client.profile)) return;
  await refreshDigests(ctx, client, (refreshed) => msg.reindex.afterProfile({ refreshed }));
}
