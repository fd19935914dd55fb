import type { Action, Frozen } from '@eqia/core';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { clientFor, withStore } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { personName } from '../output/person.js';
import { say } from '../output/say.js';
import { formatTable } from '../output/table.js';
import { listedTitle } from '../output/welsh-marks.js';

export const command: Command = {
  help: () => msg.help.commands.due,
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, {});
    // Summaries only: the store and the due rules, never the client, so no schema is built (fast start).
    return withStore(ctx, values, async (opened) => {
      const { store } = opened;
      const { actionsOverdue, reviewsDue } = await import('@eqia/sdk/light');
      const day = ctx.now().toISOString().slice(0, 10);
      // The store selects with its indexes; the same rules as the client's queries then pick and order.
      const [dueSummaries, lateSummaries] = await Promise.all([
        store.listDueForReview(day),
        store.listWithOverdueActions(day),
      ]);
      const reviews = reviewsDue(dueSummaries, day);
      const actions = actionsOverdue(lateSummaries, day);
      if (values.json) writeJson(ctx, { reviews, actions });
      else {
        if (reviews.length)
          ctx.write(
            `${msg.due.reviews}\n${formatTable(
              msg.due.reviewHeaders,
              reviews.map((r) => [
                r.id,
                r.nextReviewDate ?? '',
                r.owner ? personName(opened.profile, r.owner) : '',
                listedTitle(r),
              ]),
              ctx.columns(),
            )}\n`,
          );
        if (actions.length) {
          // What each action is and who owns it live in the assessment, not its summary: read those.
          const { client } = await clientFor(ctx, opened);
          const plans = new Map<string, Frozen<Action[]>>();
          for (const id of new Set(actions.map((a) => a.assessmentId)))
            plans.set(id, (await client.get(id)).assessment.actions);
          ctx.write(
            `${reviews.length ? '\n' : ''}${msg.due.actions}\n${formatTable(
              msg.due.actionHeaders,
              actions.map((a) => {
                const action = plans.get(a.assessmentId)?.find((candidate) => candidate.id === a.actionId);
                const owner = action?.owner ? msg.due.owner({ owner: action.owner }) : msg.due.noOwner;
                return [
                  a.assessmentId,
                  a.dueDate,
                  msg.due.late({ days: daysBetween(a.dueDate, day) }),
                  `${action?.description ?? a.actionId}${owner}`,
                ];
              }),
              ctx.columns(),
            )}\n`,
          );
        }
        if (!reviews.length && !actions.length) say(ctx, msg.due.nothing);
      }
      return reviews.length || actions.length ? ExitCode.findings : ExitCode.ok;
    });
  },
};

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
