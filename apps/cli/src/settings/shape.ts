import { readFileSync } from 'node:fs';

/*
 * What a settings file holds, checked without zod or lowdb: commands read a valid file with this alone,
 * and `eqia list --json` reads it before the CLI loads (fast-list-json.ts). The schema (schema.ts) is
 * loaded only to write the file or to explain one that is not valid.
 */

/** A user's own settings: defaults for every command, kept in their config directory (schema.ts). */
export interface Settings {
  store?: string;
  user?: string;
  language?: 'en' | 'cy';
  keys?: string;
}

export type SettingKey = keyof Settings;
export const settingKeys: readonly SettingKey[] = ['store', 'user', 'language', 'keys'];

/**
 * The settings schema's verdict: true exactly when settingsSchema accepts the value, which a property
 * test checks.
 */
export function isSettings(json: unknown): json is Settings {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  return Object.entries(json).every(([key, value]) =>
    key === 'language'
      ? value === 'en' || value === 'cy' || value === undefined
      : (settingKeys as readonly string[]).includes(key) &&
        ((typeof value === 'string' && value !== '') || value === undefined),
  );
}

/**
 * The settings in a file that exists and is valid; undefined for any other file (unreadable, not JSON,
 * not settings), whose reader (settings.ts) must say what is wrong.
 */
export function validSettingsIn(file: string): Settings | undefined {
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return isSettings(json) ? json : undefined;
  } catch {
    return undefined;
  }
}
