import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';

export const command: Command = {
  help: () => msg.help.commands.revise,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {});
    const id = requirePositional(ctx, positionals, 0, 'id');
    return withClient(ctx, values, 'write', async ({ client }) => {
      const view = await client.startRevision(id);
      return reportChange(
        ctx,
        values.json,
        view,
        msg.change.startedRevision({ revision: view.assessment.revision }),
      );
    });
  },
};
