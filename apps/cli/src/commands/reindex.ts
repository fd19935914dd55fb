import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { say } from '../output/say.js';
import { refreshDigests } from '../refresh-digests.js';

export const command: Command = {
  help: () => msg.help.commands.reindex,
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, {});
    return withClient(ctx, values, 'read', async ({ client }) => {
      const { stale } = await refreshDigests(ctx, client, (refreshed) =>
        msg.reindex.refreshed({ refreshed }),
      );
      if (stale === 0) say(ctx, msg.reindex.current);
      return ExitCode.ok;
    });
  },
};
