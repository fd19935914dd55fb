import type { ValidationIssue } from '@eqia/core/light';
import * as z from 'zod';
import { msg } from '../messages/ui-language.js';
import { type SettingKey, type Settings, settingKeys } from './shape.js';

// Each message is a function, so it is worded in the language of the run when an issue is found.
const nonEmpty = (what: () => string) =>
  z
    .string({ error: () => msg.settings.asString({ what: what() }) })
    .min(1, { error: () => msg.settings.notEmpty({ what: what() }) });

/**
 * The settings file's schema: what it may hold, and the message for each way it can be wrong. Loaded
 * only to write the file, to check a value for `eqia config set`, or to explain a file that is not
 * valid: reading a valid file goes without it (see isSettings), so a command's start stays light.
 */
export const settingsSchema = z.strictObject(
  {
    /** The store when neither --store nor EQIA_STORE is given: a directory, a database file or a postgres:// URL, as given. */
    store: nonEmpty(() => msg.settings.storeValue).optional(),
    /** Who they are when neither --user nor EQIA_USER is given. */
    user: nonEmpty(() => msg.settings.userValue).optional(),
    /** The language of eqia's messages and of the documents it writes when --lang and EQIA_LANG are not given. */
    language: z.enum(['en', 'cy'], { error: () => msg.settings.language }).optional(),
    /** Where the user's private signing keys are kept (default: keys/ beside the settings file). */
    keys: nonEmpty(() => msg.settings.keysValue).optional(),
  },
  { error: () => msg.settings.object },
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
      message: msg.settings.notASetting({ keys: settingKeys.join(', ') }),
    }));
  return [{ path, message: issue.message }];
}
