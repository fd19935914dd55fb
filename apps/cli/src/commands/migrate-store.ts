import { resolve } from 'node:path';
import type { AssessmentStore } from '@eqia/sdk/light';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { openExistingStore } from '../open-client.js';
import { databaseFile, isPostgresUrl, openStore, storeLocation } from '../open-store.js';
import { say } from '../output/say.js';
import { storePlace } from '../output/store-place.js';
import { createStyle } from '../output/style.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands['migrate-store'],
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, { from: { type: 'string' }, to: { type: 'string' } });
    const fromLocation = values.from ?? (await storeLocation(ctx, values.store));
    const from = await openSource(ctx, fromLocation);
    try {
      const toLocation = values.to ?? (from.kind === 'file-layout' ? fromLocation : undefined);
      if (toLocation === undefined)
        throw new UsageError(
          msg.migrateStore.already({
            location: storePlace(from.location),
            kind: from.kind === 'postgres' ? 'PostgreSQL' : 'SQLite',
          }),
        );
      const to = await openStore(toLocation, ctx.cwd);
      try {
        const { copyStore } = await import('@eqia/sdk');
        const style = createStyle(ctx.color);
        const report = await copyStore(from, to, {
          onCopied: (summary, done, total) =>
            values.json ||
            ctx.write(`${style.green('✓')} ${done}/${total} ${summary.reference || summary.id}\n`),
        });
        if (values.json) ctx.write(`${JSON.stringify(report)}\n`);
        else
          say(
            ctx,
            `${msg.migrateStore.copied({
              assessments: report.assessments,
              events: report.events,
              profile: report.profileCopied,
              from: from.location,
              to: to.location,
            })}\n${toLocation === fromLocation ? msg.migrateStore.inPlace({ location: storePlace(to.location) }) : msg.migrateStore.elsewhere}`,
          );
        return ExitCode.ok;
      } finally {
        await to.close();
      }
    } finally {
      await from.close();
    }
  },
};

/** The store to copy from: the old file layout when the location holds one, else any existing store. */
async function openSource(ctx: CliContext, location: string): Promise<AssessmentStore> {
  if (!isPostgresUrl(location)) {
    const { isFileLayout, openFileLayout } = await import('@eqia/sdk/file-layout');
    const directory = resolve(ctx.cwd, location);
    const database = databaseFile(location, ctx.cwd);
    if (isFileLayout(directory)) {
      const { openSqliteStore } = await import('@eqia/store-sqlite');
      const probe = openSqliteStore(database);
      const migrated = await probe.exists().finally(() => probe.close());
      if (!migrated) return openFileLayout(directory);
    }
  }
  return openExistingStore(ctx, location);
}
