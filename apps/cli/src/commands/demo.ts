import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import type { DemoSample } from '../demo/build-demo.js';
import { ExitCode } from '../exit-codes.js';
import { english } from '../messages/en.js';
import { msg, uiLocale } from '../messages/ui-language.js';
import { refuseOldLayout } from '../open-client.js';
import { openStore, storeLocation } from '../open-store.js';
import { writeJson } from '../output/json.js';
import { storePlace } from '../output/store-place.js';
import { createStyle } from '../output/style.js';
import { formatTable, terminalWidth } from '../output/table.js';
import { listedTitle } from '../output/welsh-marks.js';
import { wrapText } from '../output/wrap.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.demo,
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
      throw new UsageError(msg.demo.exists({ location: storePlace(store.location) }));
    }
    const { buildDemo } = await import('../demo/build-demo.js');
    const { keysDirectory, saveKeyFile } = await import('../keys/key-files.js');
    const keys = await keysDirectory(ctx);
    // In Welsh, the demo of a Welsh body: it publishes in Welsh and English and its samples have their Welsh.
    const language = uiLocale === 'cy' ? (await import('../demo/welsh-demo.js')).welshDemo : undefined;
    let samples: DemoSample[];
    // In Welsh, the table names each sample as `eqia list` does: its summary carries the Welsh title.
    let listed: readonly (Parameters<typeof listedTitle>[0] & { id: string })[] = [];
    try {
      samples = await buildDemo(store, ctx.now(), {
        ...(language && { language }),
        ...(keys && { keys: (key) => void saveKeyFile(keys, { ...key, store: store.location }) }),
      });
      if (language) listed = await store.list();
    } finally {
      await store.close();
    }
    if (values.json) {
      // Scripts read the same English whatever the language of the messages.
      writeJson(ctx, {
        store: store.location,
        samples: samples.map((sample) => ({ ...sample, what: english.demo.samples[sample.what] })),
      });
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
      (language ? msg.demo.createdWelsh : msg.demo.created)({ location: storePlace(store.location) }),
      width && width - 2,
    );
    const users = wrapText(`${msg.demo.users}${keys ? msg.demo.keys({ keys, eqia }) : ''}`, width);
    ctx.write(`${style.green('✓')} ${created}

${formatTable(
  msg.demo.headers,
  samples.map((sample) => [
    sample.id,
    msg.demo.samples[sample.what],
    listedTitle(listed.find(({ id }) => id === sample.id) ?? sample),
  ]),
)}

${users}

${msg.demo.try}
${hints(eqia)}
`);
    return ExitCode.ok;
  },
};

/** Each hint's command on its own line, what it does below: fits 60 columns whatever the prefix. */
function hints(eqia: string): string {
  const what = msg.demo.hints;
  return [
    ['list', what.list],
    ['show fhdra-video', what.show],
    ['check hybrid-working', what.check],
    ['--user julie review fhdra-video', what.review],
    ['--user ben edit hybrid-working', what.edit],
    ['due', what.due],
    ['history fhdra-pathfinder', what.history({ eqia })],
    ['export fhdra-pathfinder --out fhdra.html', what.export],
    ['objectives', what.objectives],
  ]
    .map(([args, what]) => `  ${eqia} ${args}\n      ${what}`)
    .join('\n');
}
