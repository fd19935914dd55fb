import type { Finding } from '@eqia/core';
import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { formatFindings } from '../output/findings.js';
import { writeJson } from '../output/json.js';
import { createStyle } from '../output/style.js';
import { UsageError } from '../usage-error.js';
import { checkAll } from './check-all.js';

export const command: Command = {
  help: () => msg.help.commands.check,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      strict: { type: 'boolean' },
      why: { type: 'boolean' },
      all: { type: 'boolean' },
    });
    const fails = (finding: Finding) =>
      finding.severity === 'error' || (values.strict === true && finding.severity === 'warning');
    if (values.all) {
      if (positionals.length > 0) throw new UsageError(msg.findings.idOrAll);
      // From each assessment's digest (its findings kept at save time, the clock rules judged again now),
      // so ten thousand are checked without reading their content; the client falls back where it must.
      return withClient(ctx, values, 'read', ({ client }) =>
        checkAll(ctx, client, { json: values.json === true, fails }),
      );
    }
    const id = requirePositional(ctx, positionals, 0, 'id');
    return withClient(ctx, values, 'read', async ({ client }) => {
      const { findings } = await client.get(id);
      if (values.json) writeJson(ctx, findings);
      else {
        const options = { why: values.why ?? false, columns: ctx.columns() };
        ctx.write(`${formatFindings(findings, createStyle(ctx.color), options)}\n`);
      }
      return findings.some(fails) ? ExitCode.findings : ExitCode.ok;
    });
  },
};
