import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { withClient } from '../open-client.js';
import { formatFindings } from '../output/findings.js';
import { writeJson } from '../output/json.js';
import { createStyle } from '../output/style.js';

export const command: Command = {
  help: `Usage: eqia check <id> [--strict] [--why] [--json]

Run the due-regard checks. Exit 1 when an error-level finding remains (with --strict, a warning too).
  --strict  warnings fail as well
  --why     show the legal or practice reason behind each finding`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      strict: { type: 'boolean' },
      why: { type: 'boolean' },
    });
    const id = requirePositional(ctx, positionals, 0, 'id');
    return withClient(ctx, values, 'read', async ({ client }) => {
      const { findings } = await client.get(id);
      if (values.json) writeJson(ctx, findings);
      else ctx.write(`${formatFindings(findings, createStyle(ctx.color), { why: values.why ?? false })}\n`);
      const failing = findings.filter(
        (finding) => finding.severity === 'error' || (values.strict && finding.severity === 'warning'),
      );
      return failing.length ? ExitCode.findings : ExitCode.ok;
    });
  },
};
