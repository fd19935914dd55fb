import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { readInputText } from '../input-file.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.import,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, { historical: { type: 'boolean' } });
    const file = requirePositional(ctx, positionals, 0, 'file');
    const json = await readInputText(ctx, file);
    const exported = isExportDocument(json);
    if (exported && values.historical) throw new UsageError(msg.writes.historicalPlain);
    return withClient(ctx, values, 'write', async ({ client }) =>
      reportChange(
        ctx,
        values.json,
        exported
          ? await client.importAssessment(json)
          : await client.importRecord(json, {
              // As typed: `-` is core's STANDARD_INPUT, which every reader words in its own language.
              source: file,
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
