import { parseCommandArgs, requireOption, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.withdraw,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      reason: { type: 'string' },
      submission: { type: 'boolean' },
    });
    const id = requirePositional(ctx, positionals, 0, 'id');
    if (values.submission && values.reason !== undefined) throw new UsageError(msg.writes.reasonOrSubmission);
    return withClient(ctx, values, 'write', async ({ client }) => {
      if (values.submission)
        return reportChange(
          ctx,
          values.json,
          await client.withdrawSubmission(id),
          msg.change.submissionWithdrawn,
        );
      const reason = requireOption(ctx, values.reason, 'reason', msg.flagWords.whyAbandoned);
      return reportChange(ctx, values.json, await client.withdraw(id, { reason }), msg.change.withdrawn);
    });
  },
};
