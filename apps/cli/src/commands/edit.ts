import { commaList, parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { ensureCanPrompt } from '../prompt-guard.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.edit,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      answers: { type: 'string' },
      section: { type: 'string' },
      remove: { type: 'string' },
      move: { type: 'string' },
      to: { type: 'string' },
      yes: { type: 'boolean' },
      'welsh-current': { type: 'string' },
    });
    const id = requirePositional(ctx, positionals, 0, 'id');
    const welshCurrent = values['welsh-current'];
    const ways = [values.answers, values.remove, values.move, welshCurrent].filter(
      (way) => way !== undefined,
    );
    if (ways.length > 1) throw new UsageError(msg.writes.oneWay);
    if (welshCurrent !== undefined)
      return withClient(ctx, values, 'write', async ({ client }) =>
        reportChange(
          ctx,
          values.json,
          await client.confirmWelsh(id, commaList(welshCurrent)),
          msg.change.saved,
        ),
      );
    if (values.remove !== undefined || values.move !== undefined) {
      const { editListItem } = await import('../lists/edit-list-item.js');
      return editListItem(ctx, id, values);
    }
    if (values.answers === undefined) {
      ensureCanPrompt(ctx, msg.flagWords.answersFlag, msg.args.answersToQuestions);
      const { runWizard } = await import('../wizard/run-wizard.js');
      return withClient(ctx, values, 'write', (opened) =>
        runWizard(ctx, opened, { resume: id, ...(values.section && { section: values.section }) }),
      );
    }
    const { readAnswers, refuseUnknownCharacteristics } = await import('../answers/read-answers.js');
    const { applyAnswers } = await import('../answers/apply-answers.js');
    const file = values.answers;
    const answers = await readAnswers(ctx, file);
    return withClient(ctx, values, 'write', async ({ client }) => {
      refuseUnknownCharacteristics(answers, client.profile, file);
      const { view, changed } = await applyAnswers(client, id, answers);
      // A file that changes nothing records nothing: say so, rather than "Saved".
      return reportChange(ctx, values.json, view, changed ? msg.change.saved : msg.change.unchanged);
    });
  },
};
