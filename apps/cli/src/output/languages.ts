import type { Frozen } from '@eqia/core';
import { type Locale, type Profile, parseLocales, publishingLanguages, recordWording } from '@eqia/core';
import type { CliContext } from '../context.js';
import { msg, uiCoreMessages } from '../messages/ui-language.js';
import { UsageError } from '../usage-error.js';

/**
 * The languages a document is written in: --lang, else EQIA_LANG, exactly as given (`cy` is Welsh only);
 * else those the organisation publishes in, in its order (English for a profile that names none). The
 * user's `language` setting is one person's: it never narrows what the organisation publishes (a body
 * that publishes in Welsh and English writes both, Welsh first, as the Welsh Language Standards ask),
 * and gives the language only when the organisation does not publish in it.
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
  const setting = (await ctx.settings()).language;
  const { publishes } = publishingLanguages(profile);
  return setting === undefined || publishes.includes(setting) ? [...publishes] : [setting];
}
