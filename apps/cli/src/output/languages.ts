import type { Frozen } from '@eqia/core';
import { type Locale, type Profile, parseLocales, publishingLanguages } from '@eqia/core';
import type { CliContext } from '../context.js';
import { msg } from '../messages/ui-language.js';
import { userSettings } from '../settings/location.js';
import { UsageError } from '../usage-error.js';

/** Help lines for --lang, for a command's --help. */
export const languageHelp = `  --lang <langs>  the language of the document: en (English), cy (Cymraeg), or both as
                  cy,en or en,cy (one document, the first language first); default: EQIA_LANG,
                  else your \`language\` setting, else the languages the profile publishes in`;

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
    if ('error' in parsed)
      throw new UsageError(msg.output.badLanguage({ source, text, error: parsed.error }));
    return parsed.locales;
  };
  if (flag !== undefined) return given(flag, '--lang');
  if (ctx.env.EQIA_LANG) return given(ctx.env.EQIA_LANG, 'EQIA_LANG');
  const setting = (await userSettings(ctx)).language;
  return setting ? [setting] : [...publishingLanguages(profile).publishes];
}
