import { parseCommandArgs, requireOption, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';

export const command: Command = {
  help: () => msg.help.commands.publish,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      location: { type: 'string' },
      format: { type: 'string' },
    });
    const id = requirePositional(ctx, positionals, 0, 'id');
    const location = requireOption(ctx, values.location, 'location', 'url');
    return withClient(ctx, values, 'write', async ({ client }) =>
      reportChange(
        ctx,
        values.json,
        await client.publish(id, { location, ...(values.format && { format: values.format }) }),
        'Published',
      ),
    );
  },
};
