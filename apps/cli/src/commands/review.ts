import { InvalidTransitionError } from '@eqia/core';
import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { changesRequested, statusInWords } from '../output/review-lines.js';
import { stateLabel } from '../output/state-label.js';
import { terminalSafe } from '../output/terminal-text.js';
import { viewTitle } from '../output/welsh-marks.js';
import { wrapText } from '../output/wrap.js';
import { ensureCanPrompt } from '../prompt-guard.js';

export const command: Command = {
  help: () => msg.help.commands.review,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {});
    const id = requirePositional(ctx, positionals, 0, 'id');
    ensureCanPrompt(ctx, msg.review.noTerminalFlags, msg.review.yourVerdicts);
    return withClient(ctx, values, 'write', async ({ client, profile }) => {
      const view = await client.get(id);
      if (view.status.state !== 'in_review')
        throw new InvalidTransitionError(
          msg.review.notInReview({
            title: terminalSafe(viewTitle(view)),
            state: stateLabel(view.status, view.assessment.approvalChain),
            id,
          }),
          view.status.state,
          'review',
        );
      const { runReview } = await import('../review/run-review.js');
      const after = await runReview(client, profile, view);
      const title = terminalSafe(viewTitle(after));
      const changes = changesRequested(after.assessment, after.status, profile);
      const said = changes
        ? msg.review.saved({ changes, title })
        : msg.review.savedStatus({ title, status: statusInWords(after.assessment, after.status, profile) });
      ctx.write(`${wrapText(said, ctx.columns())}\n`);
      return ExitCode.ok;
    });
  },
};
