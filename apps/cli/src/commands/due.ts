import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { withStore } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { formatTable, truncate } from '../output/table.js';

export const command: Command = {
  help: `Usage: eqia due [--json]

Assessments due for review and actions past their due date. Exit 1 when anything is due, 0 when
nothing is: run it from cron to be told.`,
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, {});
    // Summaries only: the store and the due rules, never the client, so no schema is built (fast start).
    return withStore(ctx, values, async ({ store }) => {
      const { actionsOverdue, reviewsDue } = await import('@eqia/sdk/light');
      const summaries = await store.list();
      const day = ctx.now().toISOString().slice(0, 10);
      const reviews = reviewsDue(summaries, day);
      const actions = actionsOverdue(summaries, day);
      if (values.json) writeJson(ctx, { reviews, actions });
      else {
        if (reviews.length)
          ctx.write(
            `Reviews due:\n${formatTable(
              ['ID', 'REVIEW', 'OWNER', 'TITLE'],
              reviews.map((r) => [r.id, r.nextReviewDate ?? '', r.owner ?? '', truncate(r.title, 50)]),
            )}\n`,
          );
        if (actions.length)
          ctx.write(
            `${reviews.length ? '\n' : ''}Actions overdue:\n${formatTable(
              ['ASSESSMENT', 'ACTION', 'DUE', 'TITLE'],
              actions.map((a) => [a.assessmentId, a.actionId, a.dueDate, truncate(a.title, 50)]),
            )}\n`,
          );
        if (!reviews.length && !actions.length)
          ctx.write('Nothing due: no reviews due and no overdue actions.\n');
      }
      return reviews.length || actions.length ? ExitCode.findings : ExitCode.ok;
    });
  },
};
