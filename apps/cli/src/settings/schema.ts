import type { ValidationIssue } from '@eqia/core/light';
import * as z from 'zod';
import { type SettingKey, type Settings, settingKeys } from './settings.js';

const nonEmpty = (what: string) =>
  z.string({ error: `must be ${what}, as a string` }).min(1, { error: `must be ${what}, not empty` });

/**
 * The settings file's schema: what it may hold, and the message for each way it can be wrong. Loaded
 * only to write the file, to check a value for `eqia config set`, or to explain a file that is not
 * valid: reading a valid file goes without it (see isSettings), so a command's start stays light.
 */
export const settingsSchema = z.strictObject(
  {
    /** The store when neither --store nor EQIA_STORE is given: a directory or a postgres:// URL, as given. */
    store: nonEmpty('a directory or a postgres:// URL').optional(),
    /** Who they are when neither --user nor EQIA_USER is given. */
    user: nonEmpty('a user id').optional(),
    /** The language of eqia's messages and of the documents it writes when --lang and EQIA_LANG are not given. */
    language: z.enum(['en', 'cy'], { error: 'must be en (English) or cy (Welsh)' }).optional(),
    /** Where the user's private signing keys are kept (default: keys/ beside the settings file). */
    keys: nonEmpty('a path').optional(),
  },
  { error: 'must be a JSON object of settings, such as {"user": "amara"}' },
) satisfies z.ZodType<Settings>;

/** Check a value for one setting: the message if it is not valid. */
export function settingProblem(key: SettingKey, value: string): string | undefined {
  const result = settingsSchema.shape[key].safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** The settings in parsed JSON, or each problem with them, field by field. */
export function checkSettings(
  json: unknown,
): { success: true; settings: Settings } | { success: false; issues: ValidationIssue[] } {
  const result = settingsSchema.safeParse(json);
  return result.success
    ? { success: true, settings: result.data }
    : { success: false, issues: result.error.issues.flatMap(toIssues) };
}

/** Zod's issues as the CLI lists them: an unknown key is named as the field it is. */
function toIssues(issue: z.core.$ZodIssue): ValidationIssue[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => ({
      path: path ? `${path}.${key}` : key,
      message: `not a setting (the settings are ${settingKeys.join(', ')})`,
    }));
  return [{ path, message: issue.message }];
}
