import { existsSync } from 'node:fs';
import { NotFoundError } from '@eqia/core/light';
import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { writeJson } from '../output/json.js';
import { say } from '../output/say.js';
import { formatTable } from '../output/table.js';
import { settingsFile } from '../settings/location.js';
import { readSettings, updateSettings } from '../settings/settings.js';
import { type SettingKey, type Settings, settingKeys } from '../settings/shape.js';
import { UsageError } from '../usage-error.js';

export const command: Command = {
  help: () => msg.help.commands.config,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {});
    const [action = 'list'] = positionals;
    const file = requireFile(ctx);
    switch (action) {
      case 'list': {
        const settings = await readSettings(file);
        if (values.json) writeJson(ctx, { file, settings });
        else listSettings(ctx, file, settings);
        return ExitCode.ok;
      }
      case 'get': {
        const key = requireKey(ctx, positionals);
        const value = (await readSettings(file))[key];
        if (value === undefined) throw new NotFoundError(msg.config.notSet({ key, file }));
        if (values.json) writeJson(ctx, { key, value });
        else ctx.write(`${value}\n`);
        return ExitCode.ok;
      }
      case 'set': {
        const key = requireKey(ctx, positionals);
        const value = requirePositional(ctx, positionals, 2, 'value');
        const { settingProblem } = await import('../settings/schema.js');
        const problem = settingProblem(key, value);
        if (problem) throw new UsageError(msg.config.badValue({ key, problem, value }));
        const settings = await updateSettings(file, (draft) => {
          (draft as Record<SettingKey, string>)[key] = value; // checked against the schema above
        });
        if (values.json) writeJson(ctx, { file, settings });
        else say(ctx, `✓ ${msg.config.set({ key, value, file })}`);
        return ExitCode.ok;
      }
      case 'unset': {
        const key = requireKey(ctx, positionals);
        const before = await readSettings(file);
        // Nothing to remove: the file is not written (nor created).
        const settings =
          before[key] === undefined
            ? before
            : await updateSettings(file, (draft) => {
                delete draft[key];
              });
        if (values.json) writeJson(ctx, { file, settings });
        else
          say(
            ctx,
            before[key] === undefined
              ? msg.config.wasNotSet({ key })
              : `✓ ${msg.config.unset({ key, file })}`,
          );
        return ExitCode.ok;
      }
      default:
        throw new UsageError(msg.config.unknownAction({ action }));
    }
  },
};

function requireFile(ctx: CliContext): string {
  const file = settingsFile(ctx.env, ctx.cwd);
  if (file === undefined) throw new UsageError(msg.config.nowhere);
  return file;
}

function requireKey(ctx: CliContext, positionals: string[]): SettingKey {
  const key = requirePositional(ctx, positionals, 1, 'key');
  if (!(settingKeys as string[]).includes(key))
    throw new UsageError(msg.config.notASetting({ key, keys: settingKeys.join(', ') }));
  return key as SettingKey;
}

/** Which environment variable decides instead of the setting, if it is set. */
const overriddenBy: Partial<Record<SettingKey, string>> = { store: 'EQIA_STORE', user: 'EQIA_USER' };

function listSettings(ctx: CliContext, file: string, settings: Settings): void {
  const rows = settingKeys.map((key) => {
    const variable = overriddenBy[key];
    const note =
      variable !== undefined && ctx.env[variable] !== undefined && settings[key] !== undefined
        ? msg.config.comesFirst({ variable })
        : '';
    return [key, settings[key] ?? '—', note];
  });
  const where = existsSync(file) ? file : msg.config.notWritten({ file });
  ctx.write(
    `${msg.config.file({ file: where })}\n\n${formatTable([...msg.config.headers, ''], rows, ctx.columns()).trimEnd()}\n`,
  );
}
