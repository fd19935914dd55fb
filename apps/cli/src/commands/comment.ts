import { SectionId } from '@eqia/core';
import { parseCommandArgs, requireOption, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.comment({ sections: SectionId.options.join(', ') }),
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      section: { type: 'string' },
      'reply-to': { type: 'string' },
      resolve: { type: 'string' },
    });
    const id = requirePositional(ctx, positionals, 0, 'id');
    return withClient(ctx, values, 'write', async ({ client }) => {
      if (values.resolve !== undefined)
        return reportChange(
          ctx,
          values.json,
          await client.resolveComment(id, values.resolve),
          msg.writes.commentResolved,
        );
      const section = SectionId.safeParse(requireOption(ctx, values.section, 'section', 'section'));
      if (!section.success)
        throw new UsageError(msg.writes.badSection({ sections: SectionId.options.join(', ') }));
      const body = requirePositional(ctx, positionals, 1, 'text');
      const view = await client.comment(id, {
        section: section.data,
        body,
        ...(values['reply-to'] && { replyTo: values['reply-to'] }),
      });
      return reportChange(ctx, values.json, view, msg.change.commentAdded);
    });
  },
};
