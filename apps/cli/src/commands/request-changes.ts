import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { ensureCanPrompt } from '../prompt-guard.js';

export const command: Command = {
  help: () => msg.help.commands['request-changes'],
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, { comment: { type: 'string' } });
    const id = requirePositional(ctx, positionals, 0, 'id');
    let comment = values.comment?.trim();
    if (!comment) ensureCanPrompt(ctx, msg.flagWords.commentFlag, msg.flagWords.aComment);
    return withClient(ctx, values, 'write', async ({ client }) => {
      if (!comment) {
        const { askText } = await import('../prompts/ask.js');
        comment = await askText({ message: msg.requestChanges.whatShouldChange, required: true });
      }
      return reportChange(
        ctx,
        values.json,
        await client.requestChanges(id, { comment }),
        msg.writes.changesRequested,
      );
    });
  },
};
