import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { readInputText } from '../input-file.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: `Usage: eqia import <file|-> [--historical]

Read an assessment (from standard input with -): either what
\`eqia export --format json\` wrote, whose audit log and sign-off signatures are
verified before anything is stored (the signers' public keys come with it and
are registered for that assessment only), or a plain assessment record written by hand or by another system
(its sections as in an answers file). A plain record is validated, each error
naming its JSON path, and its import is recorded as the first event, with the
file it came from.
  --historical  the record was signed off outside eqia: it must say so in
                "signedOff": { "by", "role", "on" } (and "published":
                { "on", "location" } if published there). It is held
                signed off (or published), marked as a historical record,
                with no approvals through eqia. Equality leads and admins only`,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, { historical: { type: 'boolean' } });
    const file = requirePositional(ctx, positionals, 0, 'file');
    const json = await readInputText(ctx.cwd, file);
    const exported = isExportDocument(json);
    if (exported && values.historical) throw new UsageError(msg.writes.historicalPlain);
    return withClient(ctx, values, 'write', async ({ client }) =>
      reportChange(
        ctx,
        values.json,
        exported
          ? await client.importAssessment(json)
          : await client.importRecord(json, {
              source: file === '-' ? 'standard input' : file,
              historical: values.historical ?? false,
            }),
        'Imported',
      ),
    );
  },
};

/** An eqia export names its format; a plain record does not (invalid JSON is the record reader's to explain). */
function isExportDocument(json: string): boolean {
  try {
    const raw: unknown = JSON.parse(json);
    return typeof raw === 'object' && raw !== null && 'format' in raw;
  } catch {
    return false;
  }
}
