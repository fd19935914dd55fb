import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import type { DemoSample } from '../demo/build-demo.js';
import { ExitCode } from '../exit-codes.js';
import { english } from '../messages/en.js';
import { msg, uiLocale } from '../messages/ui-language.js';
import { refuseOldLayout } from '../open-client.js';
import { openStore, storeLocation } from '../open-store.js';
import { writeJson } from '../output/json.js';
import { stateLabel } from '../output/state-label.js';
import { storePlace } from '../output/store-place.js';
import { createStyle } from '../output/style.js';
import { formatTable } from '../output/table.js';
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
    // The table names each sample's state and title as `eqia list` does, from the same listings.
    let listed: Awaited<ReturnType<typeof store.listings>>;
    let profile: Awaited<ReturnType<typeof store.readProfile>>;
    try {
      samples = await buildDemo(store, ctx.now(), {
        ...(language && { language }),
        ...(keys && { keys: (key) => void saveKeyFile(keys, { ...key, store: store.location }) }),
      });
      listed = await store.listings();
      profile = await store.readProfile();
    } finally {
      await store.close();
    }
    const listing = (id: string) => listed.find((each) => each.id === id);
    if (values.json) {
      // Scripts read the same English whatever the language of the messages, and the state as an id.
      writeJson(ctx, {
        store: store.location,
        samples: samples.map(({ id, title, what }) => {
          const { state, stage } = listing(id) ?? {};
          return { id, title, state, stage, ...(what && { what: english.demo.samples[what] }) };
        }),
      });
      return ExitCode.ok;
    }
    const style = createStyle(ctx.color);
    const storeFlag = values.store === undefined ? '' : ` --store ${values.store}`;
    // The command that works where this one was typed: `pnpm eqia` at the repository's root, else `eqia`.
    const command = ctx.env.PNPM_PACKAGE_NAME === 'eqia-monorepo' ? 'pnpm eqia' : 'eqia';
    const eqia = `${command}${storeFlag}`;
    // Sentences wrap at words to the terminal's width; the ✓ stands before the first line.
    const width = ctx.columns();
    const created = wrapText(
      (language ? msg.demo.createdWelsh : msg.demo.created)({ location: storePlace(store.location) }),
      width && width - 2,
    );
    const users = wrapText(`${msg.demo.users}${keys ? msg.demo.keys({ keys, eqia }) : ''}`, width);
    ctx.write(`${style.green('✓')} ${created}

${formatTable(
  msg.demo.headers,
  samples.map((sample) => {
    const listed = listing(sample.id);
    const state = listed ? stateLabel(listed, profile?.approvalChain, profile) : '';
    return [
      sample.id,
      sample.what ? `${state}, ${msg.demo.samples[sample.what]}` : state,
      listedTitle(listed ?? sample),
    ];
  }),
  ctx.columns(),
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
