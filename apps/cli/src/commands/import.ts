import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { readStdin } from '../read-stdin.js';

export const command: Command = {
  help: `Usage: eqia import <file|->

Read an assessment written by \`eqia export --format json\` (from standard input with -). Its audit log
is verified before anything is stored.`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {});
    const file = requirePositional(ctx, positionals, 0, 'file');
    const json = file === '-' ? await readStdin() : await readFile(resolve(ctx.cwd, file), 'utf8');
    return withClient(ctx, values, 'write', async ({ client }) =>
      reportChange(ctx, values.json, await client.importAssessment(json), 'Imported'),
    );
  },
};
