import { ActionStatus, inSentence } from '@eqia/core';
import { parseCommandArgs, requireOption, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { msg, uiLabel } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.action,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      status: { type: 'string' },
      note: { type: 'string' },
      'monitoring-note': { type: 'string' },
    });
    const id = requirePositional(ctx, positionals, 0, 'id');
    return withClient(ctx, values, 'write', async ({ client }) => {
      const monitoringNote = values['monitoring-note'];
      if (monitoringNote !== undefined)
        return reportChange(
          ctx,
          values.json,
          await client.addMonitoringNote(id, monitoringNote),
          msg.writes.noteAdded,
        );
      const actionId = requirePositional(ctx, positionals, 1, 'action-id');
      const status = ActionStatus.safeParse(requireOption(ctx, values.status, 'status', 'status'));
      if (!status.success)
        throw new UsageError(
          msg.writes.badStatus({ statuses: ActionStatus.options.join(', '), value: values.status ?? '' }),
        );
      const view = await client.updateAction(id, actionId, {
        status: status.data,
        ...(values.note && { note: values.note }),
      });
      return reportChange(
        ctx,
        values.json,
        view,
        msg.writes.actionIs({ id: actionId, status: inSentence(uiLabel('actionStatus', status.data)) }),
      );
    });
  },
};
