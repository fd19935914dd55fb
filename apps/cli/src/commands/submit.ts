import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';

export const command: Command = {
  help: `Usage: eqia submit <id>

Send an assessment for review. Refused (exit 1) while error-level due-regard findings remain:
\`eqia check <id>\` lists them.`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {});
    const id = requirePositional(ctx, positionals, 0, 'id');
    return withClient(ctx, values, 'write', async ({ client }) =>
      reportChange(ctx, values.json, await client.submit(id), msg.change.submitted),
    );
  },
};
