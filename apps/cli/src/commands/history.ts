import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { personName } from '../output/person.js';
import { say } from '../output/say.js';
import { formatTable } from '../output/table.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.history,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      at: { type: 'string' },
      profile: { type: 'boolean' },
    });
    if (values.profile) return profileHistory(ctx, values);
    const id = requirePositional(ctx, positionals, 0, 'id');
    // Digits only: Number() would also take " 2", "1e0" and "0x2".
    if (values.at !== undefined && !/^[1-9]\d*$/.test(values.at))
      throw new UsageError(msg.history.badAt({ value: values.at }));
    const at = values.at === undefined ? undefined : Number(values.at);
    return withClient(ctx, values, 'read', async ({ client, profile }) => {
      if (at !== undefined) {
        writeJson(ctx, await client.versionAt(id, at));
        return ExitCode.ok;
      }
      const entries = await client.history(id);
      if (values.json) writeJson(ctx, entries);
      else
        ctx.write(
          `${formatTable(
            msg.history.headers,
            entries.map((entry) => [
              String(entry.seq),
              entry.at.slice(0, 16).replace('T', ' '),
              `${personName(profile, entry.by)} ${entry.summary}.`,
            ]),
            ctx.columns(),
          )}\n`,
        );
      return ExitCode.ok;
    });
  },
};

async function profileHistory(
  ctx: CliContext,
  flags: { store?: string | undefined; user?: string | undefined; json?: boolean | undefined },
): Promise<ExitCode> {
  return withClient(ctx, flags, 'read', async ({ client }) => {
    const changes = client.profile.changes;
    if (flags.json) writeJson(ctx, changes);
    else if (changes.length === 0) say(ctx, msg.history.noProfileChanges);
    else
      ctx.write(
        `${formatTable(
          msg.history.profileHeaders,
          changes.map(({ seq, event }) => [
            String(seq),
            event.at.slice(0, 16).replace('T', ' '),
            event.by.id,
            event.changed.join(', '),
          ]),
          ctx.columns(),
        )}\n`,
      );
    return ExitCode.ok;
  });
}
