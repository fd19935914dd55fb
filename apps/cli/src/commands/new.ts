import { mayCreate } from '@eqia/core/light';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { clientFor, openStoreAs, withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { ensureCanPrompt } from '../prompt-guard.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.new,
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, {
      answers: { type: 'string' },
      title: { type: 'string' },
      id: { type: 'string' },
    });
    if (values.answers === undefined) {
      ensureCanPrompt(ctx, msg.flagWords.answersFlag, msg.args.answersToQuestions);
      return startWizard(ctx, values);
    }
    const { readAnswers, refuseUnknownCharacteristics } = await import('../answers/read-answers.js');
    const { applyAnswers } = await import('../answers/apply-answers.js');
    const file = values.answers;
    const answers = await readAnswers(ctx, file);
    const title = answers.policy?.title ?? values.title;
    if (!title) throw new UsageError(msg.writes.giveTitle);
    const id = values.id ?? answers.id;
    return withClient(ctx, values, 'write', async ({ client }) => {
      // Refused before anything is created: an unknown characteristic would be stored and ignored.
      refuseUnknownCharacteristics(answers, client.profile, file);
      const created = await client.create({ title, ...(id && { id }) });
      const { view } = await applyAnswers(client, created.assessment.id, answers);
      return reportChange(ctx, values.json, view, msg.change.created({ id: view.assessment.id }));
    });
  },
};

/**
 * The wizard for a new assessment. Its first frame is the title question, which needs only Ink and an
 * opened store: Ink loads while the store opens, and the client, core's schemas and the rest of the
 * wizard (most of the start-up) load once the title is given. Not while the user types: a keystroke that
 * arrives while a module compiles is read with the next one, and Ink takes "title⏎" as one paste.
 */
async function startWizard(
  ctx: CliContext,
  values: { store?: string; user?: string; id?: string; title?: string },
): Promise<ExitCode> {
  const titles = import('../wizard/ask-titles.js');
  const opened = await openStoreAs(ctx, values, 'write');
  try {
    const roles = opened.profile.users.find((candidate) => candidate.id === opened.user)?.roles ?? [];
    const refused = mayCreate({ id: opened.user, roles });
    if (refused) throw refused;
    const { title, welshTitle } = await (await titles).askTitles(opened.profile, values);
    const [client, { runWizard }] = await Promise.all([
      clientFor(ctx, opened),
      import('../wizard/run-wizard.js'),
    ]);
    return await runWizard(ctx, client, {
      title,
      welshTitle: welshTitle ?? '', // '': asked already, none given
      ...(values.id && { id: values.id }),
    });
  } finally {
    await opened.store.close();
  }
}
