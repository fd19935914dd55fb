import { parseCommandArgs, requireOption, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';

export const command: Command = {
  help: `Usage: eqia publish <id> --location <url-or-place> [--format html]

Record that a signed-off assessment is published, and where the public can read it.
  --location <text>  an http(s) address or the publication scheme (required)
  --format <text>    the published format (default html)`,
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
