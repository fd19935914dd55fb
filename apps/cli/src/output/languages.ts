import type { Frozen } from '@eqia/core';
import { type Locale, type Profile, parseLocales, publishingLanguages, recordWording } from '@eqia/core';
import type { CliContext } from '../context.js';
import { msg, uiCoreMessages } from '../messages/ui-language.js';
import { userSettings } from '../settings/location.js';
import { UsageError } from '../usage-error.js';

/**
 * The languages a document is written in: --lang, else EQIA_LANG, else the user's `language` setting,
 * else those the organisation publishes in (English for a profile that names none).
 */
export async function documentLanguages(
  ctx: CliContext,
  flag: string | undefined,
  profile: Frozen<Profile>,
): Promise<Locale[]> {
  const given = (text: string, source: string): Locale[] => {
    const parsed = parseLocales(text);
    if ('error' in parsed) {
      const error = uiCoreMessages ? recordWording(uiCoreMessages.records, parsed.told) : parsed.error;
      throw new UsageError(msg.output.badLanguage({ source, text, error }));
    }
    return parsed.locales;
  };
  if (flag !== undefined) return given(flag, '--lang');
  if (ctx.env.EQIA_LANG) return given(ctx.env.EQIA_LANG, 'EQIA_LANG');
  const setting = (await userSettings(ctx)).language;
  return setting ? [setting] : [...publishingLanguages(profile).publishes];
}
