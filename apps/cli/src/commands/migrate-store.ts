import { parseCommandArgs, requireOption } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { openExistingStore } from '../open-client.js';
import { openStore } from '../open-store.js';
import { createStyle } from '../output/style.js';

export const command: Command = {
  help: `Usage: eqia migrate-store --from <dir|url> --to <dir|url>

Copy a whole store into a new, empty one — usually the file store into PostgreSQL:
  eqia migrate-store --from .eqia --to postgres://eqia@db.example.org/equality
Every assessment's hash chain is verified before anything is written, and each copy is read back and
verified again. A target that already holds assessments (or a different profile) is refused and left
untouched. The source is never changed.`,
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, { from: { type: 'string' }, to: { type: 'string' } });
    const from = await openExistingStore(ctx, requireOption(ctx, values.from, 'from', 'dir|url'));
    const to = await openStore(requireOption(ctx, values.to, 'to', 'dir|url'), ctx.cwd);
    try {
      const { copyStore } = await import('@eqia/store-postgres');
      const style = createStyle(ctx.color);
      const report = await copyStore(from, to, {
        onCopied: (summary, done, total) =>
          values.json ||
          ctx.write(`${style.green('✓')} ${done}/${total} ${summary.reference || summary.id}\n`),
      });
      if (values.json) ctx.write(`${JSON.stringify(report)}\n`);
      else
        ctx.write(
          `Copied ${report.assessments} assessments (${report.events} log entries${report.profileCopied ? ', and the profile' : ''}) from ${from.location} to ${to.location}, every chain verified.\n` +
            'Next: point EQIA_STORE (or --store) at the new store and run `eqia verify` there; keep the old one until then.\n',
        );
      return ExitCode.ok;
    } finally {
      await Promise.all([from.close(), to.close()]);
    }
  },
};
