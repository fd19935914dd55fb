import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { refuseOldLayout } from '../open-client.js';
import { openStore, storeLocation } from '../open-store.js';
import { writeJson } from '../output/json.js';
import { createStyle } from '../output/style.js';
import { formatTable, terminalWidth } from '../output/table.js';
import { wrapText } from '../output/wrap.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: `Usage: eqia demo [--store <dir>]

Create a store with the Cafcass example profile and sample assessments in several states — published,
in review, signed off with its review due, a revision, a draft and a screened-out record — and the
organisation's four equality objectives with a year of progress updates, then print what to try. The store must not exist yet.`,
  async run(ctx) {
    const { values } = parseCommandArgs(ctx, {});
    const location = await storeLocation(ctx, values.store);
    const store = await openStore(location, ctx.cwd);
    await refuseOldLayout(ctx, location).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    if (await store.exists()) {
      await store.close();
      throw new UsageError(
        `A store already exists at ${store.location}: the demo needs a new one. Pass --store ./eqia-demo (or remove the old one).`,
      );
    }
    const { buildDemo } = await import('../demo/build-demo.js');
    const { keysDirectory, saveKeyFile } = await import('../keys/key-files.js');
    const keys = await keysDirectory(ctx);
    const samples = await buildDemo(store, ctx.now(), {
      ...(keys && { keys: (key) => void saveKeyFile(keys, { ...key, store: store.location }) }),
    }).finally(() => store.close());
    if (values.json) {
      writeJson(ctx, { store: store.location, samples });
      return ExitCode.ok;
    }
    const style = createStyle(ctx.color);
    const storeFlag = values.store === undefined ? '' : ` --store ${values.store}`;
    // The command that works where this one was typed: `pnpm eqia` at the repository's root, else `eqia`.
    const command = ctx.env.PNPM_PACKAGE_NAME === 'eqia-monorepo' ? 'pnpm eqia' : 'eqia';
    const eqia = `${command}${storeFlag}`;
    // Sentences wrap at words to the terminal's width; the ✓ stands before the first line.
    const width = terminalWidth();
    const created = wrapText(
      `Created a demo store at ${store.location} (Cafcass example profile).`,
      width && width - 2,
    );
    const users = wrapText(
      `Users: amara and ben (authors), julie (equality lead), sam, nadia, owen and rachel (approvers, who own the equality objectives), val (viewer).${keys ? ` Their signing keys are in ${keys}: their sign-offs are signed (\`${eqia} keys\`).` : ''}`,
      width,
    );
    ctx.write(`${style.green('✓')} ${created}

${formatTable(
  ['ID', 'STATE', 'TITLE'],
  samples.map((sample) => [sample.id, sample.what, sample.title]),
)}

${users}

Try:
${hints(eqia)}
`);
    return ExitCode.ok;
  },
};

/** Each hint's command on its own line, what it does below: fits 60 columns whatever the prefix. */
function hints(eqia: string): string {
  return [
    ['list', 'everything, with state and review date'],
    ['show fhdra-video', 'read an assessment section by section'],
    ['check hybrid-working', 'what the due-regard checks still want (exit 1)'],
    ['--user julie review fhdra-video', 'review and approve as the equality lead'],
    ['--user ben edit hybrid-working', 'carry on with the draft in the wizard'],
    ['due', 'reviews and actions due (exit 1 when any)'],
    ['history fhdra-pathfinder', `the audit log; \`${eqia} verify\` checks it`],
    ['export fhdra-pathfinder --out fhdra.html', 'the accessible HTML to publish'],
    ['objectives', 'the equality objectives and their progress'],
  ]
    .map(([args, what]) => `  ${eqia} ${args}\n      ${what}`)
    .join('\n');
}
