import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { formatTable } from '../output/table.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: `Usage: eqia history <id> [--at <seq>] [--json]

The audit log: who did what, and when (with --json, also which fields changed).
  --at <seq>  print the assessment as it was after entry <seq> (JSON)`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, { at: { type: 'string' } });
    const id = requirePositional(ctx, positionals, 0, 'id');
    const at = values.at === undefined ? undefined : Number(values.at);
    if (at !== undefined && (!Number.isInteger(at) || at < 1))
      throw new UsageError('--at must be a log entry number (1, 2, …): see `eqia history <id>`.');
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
            ['#', 'WHEN', 'WHAT HAPPENED'],
            entries.map((entry) => [
              String(entry.seq),
              entry.at.slice(0, 16).replace('T', ' '),
              `${profile.users.find((user) => user.id === entry.by)?.name ?? entry.by} ${entry.summary}.`,
            ]),
          )}\n`,
        );
      return ExitCode.ok;
    });
  },
};
