import { InvalidTransitionError } from '@eqia/core';
import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { withClient } from '../open-client.js';
import { changesRequested, statusInWords } from '../output/review-lines.js';
import { stateLabel } from '../output/state-label.js';
import { terminalWidth } from '../output/table.js';
import { terminalSafe } from '../output/terminal-text.js';
import { wrapText } from '../output/wrap.js';
import { ensureCanPrompt } from '../prompt-guard.js';

export const command: Command = {
  help: `Usage: eqia review <id>

Review an assessment section by section, with its due-regard findings: give each section a verdict and
a comment, then approve the stage (accepting its attestation) or request changes. Every verdict is saved
as you give it. Needs a terminal; in scripts use \`eqia comment\`, \`eqia approve --attest\` and
\`eqia request-changes --comment\`.`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {});
    const id = requirePositional(ctx, positionals, 0, 'id');
    ensureCanPrompt(
      ctx,
      '`eqia approve <id> --attest` or `eqia request-changes <id> --comment <text>`',
      'your verdicts',
    );
    return withClient(ctx, values, 'write', async ({ client, profile }) => {
      const view = await client.get(id);
      if (view.status.state !== 'in_review')
        throw new InvalidTransitionError(
          `"${view.assessment.policy.title}" is ${stateLabel(view.status, view.assessment.approvalChain)}: only an assessment in review can be reviewed (\`eqia submit ${id}\` sends it).`,
          view.status.state,
          'review',
        );
      const { runReview } = await import('../review/run-review.js');
      const after = await runReview(client, profile, view);
      const title = terminalSafe(after.assessment.policy.title);
      const changes = changesRequested(after.assessment, after.status, profile);
      const said = changes
        ? `Review saved: ${changes}. "${title}" is back with its author.`
        : `Review saved: "${title}" is ${statusInWords(after.assessment, after.status, profile)}.`;
      ctx.write(`${wrapText(said, terminalWidth())}\n`);
      return ExitCode.ok;
    });
  },
};
