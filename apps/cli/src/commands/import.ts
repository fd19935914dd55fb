import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { readInputText } from '../input-file.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';

export const command: Command = {
  help: `Usage: eqia import <file|->

Read an assessment written by \`eqia export --format json\` (from standard input with -). Its audit log
is verified before anything is stored.`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {});
    const file = requirePositional(ctx, positionals, 0, 'file');
    const json = await readInputText(ctx.cwd, file);
    return withClient(ctx, values, 'write', async ({ client }) =>
      reportChange(ctx, values.json, await client.importAssessment(json), 'Imported'),
    );
  },
};
