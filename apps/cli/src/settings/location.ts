import { statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { CliContext } from '../context.js';
import type { Settings } from './shape.js';

/**
 * Where the user's settings file is: EQIA_CONFIG when it names one, else `$XDG_CONFIG_HOME/eqia/config.json`
 * (an absolute XDG_CONFIG_HOME only, as the XDG spec says), else `~/.config/eqia/config.json`. Undefined
 * when the environment says none of these (no HOME): then there are no settings. Only the environment is
 * read, never the operating system's idea of home, so a test's environment decides alone.
 */
export function settingsFile(env: CliContext['env'], cwd: string): string | undefined {
  if (env.EQIA_CONFIG) return resolve(cwd, env.EQIA_CONFIG);
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'eqia', 'config.json');
  const home = env.HOME || env.USERPROFILE;
  return home ? join(home, '.config', 'eqia', 'config.json') : undefined;
}

/** A default taken from the settings file, and the file it came from (for messages). */
export interface SettingDefault {
  value: string;
  file: string;
}

/**
 * The settings file's reader for one command: it reads at most once, and cheaply when there is no file
 * (one stat, and neither lowdb nor zod is loaded). A read that failed is forgotten, so the next asks
 * again (by then in the language chosen, for its error). Callers ask only when no flag or environment
 * variable has already decided.
 */
export function settingsReader(env: CliContext['env'], cwd: string): () => Promise<Settings> {
  let settings: Promise<Settings> | undefined;
  return () => {
    if (!settings) {
      const reading = readIfPresent(settingsFile(env, cwd));
      settings = reading;
      reading.catch(() => {
        if (settings === reading) settings = undefined;
      });
    }
    return settings;
  };
}

async function readIfPresent(file: string | undefined): Promise<Settings> {
  if (file === undefined || !statSync(file, { throwIfNoEntry: false })) return {};
  const { readSettings } = await import('./settings.js');
  return readSettings(file);
}

/** One setting as a default, with where it came from; undefined when it is not set. */
export async function settingDefault(
  ctx: Pick<CliContext, 'env' | 'cwd' | 'settings'>,
  key: 'store' | 'user',
): Promise<SettingDefault | undefined> {
  const value = (await ctx.settings())[key];
  const file = settingsFile(ctx.env, ctx.cwd);
  return value === undefined || file === undefined ? undefined : { value, file };
}
