import { basename } from 'node:path';
import { PayGapDimension } from '@eqia/core/analysis';
import type { DataPopulation, EqiaClient } from '@eqia/sdk';
import { parseCommandArgs, parseDateOption, requireOptions, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import { entriesText, entryTitle, figuresText } from '../data/data-text.js';
import { figuresFor } from '../data/figures-for.js';
import { ExitCode } from '../exit-codes.js';
import { inputName, readInputText } from '../input-file.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { writeJson } from '../output/json.js';
import { say } from '../output/say.js';
import { createStyle } from '../output/style.js';
import { wrapToTerminal } from '../output/table.js';
import { terminalSafe } from '../output/terminal-text.js';
import { UsageError } from '../usage-error.js';

const options = {
  set: { type: 'string' },
  period: { type: 'string' },
  area: { type: 'string' },
  label: { type: 'string' },
  source: { type: 'string' },
  snapshot: { type: 'string' },
  dimension: { type: 'string' },
  narrative: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const populations: readonly DataPopulation[] = ['workforce', 'caseload', 'baseline'];
const kinds = [...populations, 'pay-gap'];

export const command: Command = {
  help: () => msg.help.commands.data,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, options);
    const [action = 'list'] = positionals;
    if (!['list', 'history', 'show', 'import'].includes(action))
      throw new UsageError(msg.data.noSuchAction({ action }));
    return withClient(ctx, values, action === 'import' ? 'write' : 'read', async ({ client, profile }) => {
      if (action === 'import') return importData(ctx, client, positionals, values);
      if (action === 'show') {
        const figures = await figuresFor(client, values.period);
        if (values.json) writeJson(ctx, figures);
        else
          ctx.write(
            wrapToTerminal(
              `${terminalSafe(figuresText(figures, profile.smallCountThreshold))}\n`,
              ctx.columns(),
            ),
          );
        return ExitCode.ok;
      }
      const entries = action === 'history' ? await client.data.history() : await client.data.current();
      if (values.json) writeJson(ctx, entries);
      else if (entries.length === 0) say(ctx, msg.data.none);
      else ctx.write(wrapToTerminal(`${terminalSafe(entriesText(entries, profile))}\n`, ctx.columns()));
      return ExitCode.ok;
    });
  },
};

type Values = Partial<Record<Exclude<keyof typeof options, 'json'>, string>> & { json?: boolean };

async function importData(
  ctx: CliContext,
  client: EqiaClient,
  positionals: string[],
  values: Values,
): Promise<ExitCode> {
  const kind = requirePositional(ctx, positionals, 1, kinds.join('|'));
  if (!kinds.includes(kind)) throw new UsageError(msg.data.badKind({ kinds: kinds.join(', '), kind }));
  const file = requirePositional(ctx, positionals, 2, 'file.csv');
  const csv = await readInputText(ctx, file);
  const typed = { command: `${ctx.command} import ${kind}` };
  // Only for errors: standard input is said in the run's language, a file by its own name.
  const name = file === '-' ? inputName(file) : basename(file);
  const optional = (key: 'label' | 'area' | 'source' | 'narrative') =>
    values[key] === undefined ? {} : { [key]: values[key] };
  let entry: Awaited<ReturnType<EqiaClient['data']['importPayGap']>>;
  if (kind === 'pay-gap') {
    const dimension = values.dimension ?? 'sex';
    const parsed = PayGapDimension.safeParse(dimension);
    if (!parsed.success)
      throw new UsageError(
        msg.data.badDimension({ dimensions: PayGapDimension.options.join(', '), value: dimension }),
      );
    const given = requireOptions(
      typed,
      { period: values.period, snapshot: values.snapshot },
      { period: 'period', snapshot: 'YYYY-MM-DD' },
    );
    entry = await client.data.importPayGap({
      dimension: parsed.data,
      csv,
      name,
      period: given.period,
      snapshotDate: parseDateOption('snapshot', given.snapshot),
      ...optional('narrative'),
      ...optional('source'),
    });
  } else {
    const population = kind as DataPopulation;
    // A baseline is of a place (its period may be left to the census); a caseload or workforce of a time.
    const given =
      population === 'baseline'
        ? requireOptions(
            typed,
            { set: values.set, area: values.area },
            { set: msg.data.censusSet, area: 'text' },
          )
        : requireOptions(
            typed,
            { set: values.set, period: values.period },
            { set: msg.data.censusSet, period: 'period' },
          );
    entry = await client.data.importPopulation({
      population,
      categorySet: given.set,
      csv,
      name,
      ...('area' in given ? { area: given.area } : { period: given.period }),
      ...(population === 'baseline' && values.period ? { period: values.period } : {}),
      ...(population !== 'baseline' ? optional('area') : {}),
      ...optional('label'),
      ...optional('source'),
    });
  }
  if (values.json) writeJson(ctx, entry);
  else
    say(
      ctx,
      `${createStyle(ctx.color).green('✓')} ${msg.data.imported({ title: terminalSafe(entryTitle(entry)) })}`,
    );
  return ExitCode.ok;
}
