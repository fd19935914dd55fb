import type { VerifyResult } from '@eqia/sdk';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { createStyle } from '../output/style.js';

export const command: Command = {
  help: `Usage: eqia verify [<id>…] [--json]

Check the record of the given assessments (all of them when none is given): the audit hash chain,
that the log replays to what is stored, and the signature of every sign-off against the key its
signer held then (unsigned, invalid and revoked ones are listed). Exit 10 when any history was edited,
removed or reordered, or a sign-off's signature is missing where it must be, invalid or revoked.`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {});
    return withClient(ctx, values, 'read', async ({ client }) => {
      const ids = positionals.length ? positionals : (await client.list()).map((summary) => summary.id);
      const results: { id: string; result: VerifyResult }[] = [];
      for (const id of ids) results.push({ id, result: await client.verify(id) });
      const failed = results.filter(({ result }) => !result.ok);
      if (values.json) writeJson(ctx, results);
      else {
        const style = createStyle(ctx.color);
        for (const { id, result } of results) {
          ctx.write(
            result.ok
              ? `${style.green('✓')} ${id}: ${result.entries} log ${result.entries === 1 ? 'entry verifies' : 'entries verify'}${signedNote(result)}\n`
              : `${style.red('✗')} ${id}: entry ${result.index + 1} does not verify: ${result.reason}\n`,
          );
          for (const check of result.signatures.filter((candidate) => candidate.status !== 'signed'))
            ctx.write(`    ${check.type} by ${check.by} at ${check.at}: ${check.status} (${check.reason})\n`);
        }
        if (!results.length) ctx.write('No assessments to verify.\n');
      }
      return failed.length ? ExitCode.tampered : ExitCode.ok;
    });
  },
};

/** How many sign-offs carry a valid signature, when there are any. */
function signedNote({ signatures }: VerifyResult): string {
  if (signatures.length === 0) return '';
  const signed = signatures.filter((check) => check.status === 'signed').length;
  return `; ${signed} of ${signatures.length} sign-offs signed`;
}
