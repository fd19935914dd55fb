import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { ensureCanPrompt } from '../prompt-guard.js';

export const command: Command = {
  help: `Usage: eqia edit <id> [--section <section>]     the wizard (needs a terminal)
       eqia edit <id> --answers <file.json|->      no questions: apply an answers file

Continue an assessment where you left it (sent back by a reviewer: at the first section they said to
change). With an answers file, each section in the file replaces that section and the rest stay as
they are.
  --answers <file>     an answers file (format in docs/cli.md)
  --section <section>  open the wizard at this section`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      answers: { type: 'string' },
      section: { type: 'string' },
    });
    const id = requirePositional(ctx, positionals, 0, 'id');
    if (values.answers === undefined) {
      ensureCanPrompt(ctx, '--answers <file.json>', 'answers to its questions');
      const { runWizard } = await import('../wizard/run-wizard.js');
      return withClient(ctx, values, 'write', (opened) =>
        runWizard(ctx, opened, { resume: id, ...(values.section && { section: values.section }) }),
      );
    }
    const { readAnswers, refuseUnknownCharacteristics } = await import('../answers/read-answers.js');
    const { applyAnswers } = await import('../answers/apply-answers.js');
    const file = values.answers;
    const answers = await readAnswers(ctx.cwd, file);
    return withClient(ctx, values, 'write', async ({ client }) => {
      refuseUnknownCharacteristics(answers, client.profile, file);
      return reportChange(ctx, values.json, await applyAnswers(client, id, answers), 'Saved');
    });
  },
};
