import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';

export const command: Command = {
  help: () => msg.help.commands.submit,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {});
    const id = requirePositional(ctx, positionals, 0, 'id');
    return withClient(ctx, values, 'write', async ({ client }) =>
      reportChange(ctx, values.json, await client.submit(id), msg.change.submitted),
    );
  },
};
