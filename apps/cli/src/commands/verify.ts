import type { VerifyResult } from '@eqia/sdk';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { createStyle } from '../output/style.js';

export const command: Command = {
  help: `Usage: eqia verify [<id>…] [--json]

Check the audit hash chain of the given assessments (all of them, and every equality objective's log,
when none is given). Exit 10 when any history was edited, removed or reordered.`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {});
    return withClient(ctx, values, 'read', async ({ client }) => {
      const ids = positionals.length ? positionals : (await client.list()).map((summary) => summary.id);
      const results: { id: string; kind: 'assessment' | 'objective'; result: VerifyResult }[] = [];
      for (const id of ids) results.push({ id, kind: 'assessment', result: await client.verify(id) });
      if (!positionals.length)
        for (const { id } of await client.objectives.list())
          results.push({ id, kind: 'objective', result: await client.objectives.verify(id) });
      const failed = results.filter(({ result }) => !result.ok);
      if (values.json) writeJson(ctx, results);
      else {
        const style = createStyle(ctx.color);
        for (const { id, kind, result } of results) {
          const name = kind === 'objective' ? `objective ${id}` : id;
          ctx.write(
            result.ok
              ? `${style.green('✓')} ${name}: ${result.entries} log ${result.entries === 1 ? 'entry verifies' : 'entries verify'}\n`
              : `${style.red('✗')} ${name}: entry ${result.index} does not verify: ${result.reason}\n`,
          );
        }
        if (!results.length) ctx.write('No assessments to verify.\n');
      }
      return failed.length ? ExitCode.tampered : ExitCode.ok;
    });
  },
};
