import { parseCommandArgs, parseDateOption, requireOption, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';

export const command: Command = {
  help: () => msg.help.commands.reaffirm,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      'next-review': { type: 'string' },
      note: { type: 'string' },
    });
    const id = requirePositional(ctx, positionals, 0, 'id');
    const nextReviewDate = parseDateOption(
      'next-review',
      requireOption(ctx, values['next-review'], 'next-review', 'YYYY-MM-DD'),
    );
    return withClient(ctx, values, 'write', async ({ client }) =>
      reportChange(
        ctx,
        values.json,
        await client.reaffirm(id, { nextReviewDate, ...(values.note && { note: values.note }) }),
        `Reaffirmed until ${nextReviewDate}`,
      ),
    );
  },
};
