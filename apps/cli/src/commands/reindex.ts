import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { refreshDigests } from '../refresh-digests.js';

export const command: Command = {
  help: () => msg.help.commands.reindex,
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, {});
    return withClient(ctx, values, 'read', async ({ client }) => {
      const { stale } = await refreshDigests(ctx, client, (refreshed) =>
        msg.reindex.refreshed({ refreshed }),
      );
      if (stale === 0) ctx.write(`${msg.reindex.current}\n`);
      return ExitCode.ok;
    });
  },
};
