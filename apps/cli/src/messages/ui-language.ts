import type { Frozen, LabelCatalogue, Locale, Messages } from '@eqia/core';
import {
  label as englishLabel,
  inSentence,
  type LabelSet,
  type LabelValue,
  type Profile,
  parseLocales,
} from '@eqia/core/light';
import type { CliContext } from '../context.js';
import { UsageError } from '../usage-error.js';
import { type CliMessages, english } from './en.js';

/**
 * The CLI's own words in the language of this run: `msg.list.empty`, `msg.demo.created({ location })`.
 * A live binding, set once per command as soon as its language is known (see chooseUiLanguage); English
 * until then. Welsh is loaded only when asked for.
 */
export let msg: CliMessages = english;

/** The language `msg` speaks. */
export let uiLocale: Locale = 'en';

/** The labels of stored values in the language of this run: core's Welsh catalogue once Welsh is chosen. */
export let uiLabels: LabelCatalogue | undefined;

/** Everything core words (characteristics, census, aims…) in the language of this run, when not English. */
export let uiCoreMessages: Messages | undefined;

/**
 * The store's profile, once read (useProfileLanguage): what names its stages and audiences in the
 * language of this run (output/profile-names.ts), wherever a command prints them.
 */
export let uiProfile: Frozen<Profile> | undefined;

/** Whether chooseUiLanguage has run for this command. */
let settled = false;

/** Whether the user chose the language (--lang, EQIA_LANG, the setting): then the profile's default does not apply. */
let chosen = false;

/** Whether only a settings file that is not JSON chose it: that file's error is then said in English too. */
export let uiLanguageGuessed = false;

export async function setUiLanguage(locale: Locale): Promise<void> {
  if (locale === 'cy') {
    const [{ welsh }, { welshMessages }] = await Promise.all([
      import('./cy.js'),
      import('@eqia/core/cy-light'),
    ]);
    msg = welsh;
    uiCoreMessages = welshMessages;
    uiLabels = welshMessages.values;
  } else {
    msg = english;
    uiCoreMessages = undefined;
    uiLabels = undefined;
  }
  uiLocale = locale;
}

/**
 * The language of eqia's own words for this command, decided here and nowhere else, first match wins:
 * --lang (the first of a list such as cy,en), EQIA_LANG, the `language` setting, the default language of
 * the store's profile, English. The profile is read here only when that is cheap (a SQLite store file,
 * read-only), so usage errors and --help speak it too; a PostgreSQL store's profile is read with the
 * store (useProfileLanguage), and a store that cannot be read so (a bad --store) leaves English. A
 * --lang eqia does not speak is a usage error; an EQIA_LANG it does not speak is refused only by the
 * commands that write a document, so a script's JSON never fails on it.
 */
export async function chooseUiLanguage(
  ctx: Pick<CliContext, 'argv' | 'env' | 'cwd'> & Partial<Pick<CliContext, 'settings'>>,
): Promise<void> {
  const flag = optionValue(ctx.argv, '--lang');
  const given = flag ?? (ctx.env.EQIA_LANG || undefined);
  const { settingsFile, settingsReader } = await import('../settings/location.js');
  const asked = { ...ctx, settings: ctx.settings ?? settingsReader(ctx.env, ctx.cwd) };
  let locale: Locale | undefined;
  let settingsRead = true;
  uiLanguageGuessed = false;
  uiProfile = undefined;
  if (given !== undefined) {
    const parsed = parseLocales(given);
    if ('error' in parsed && flag !== undefined) {
      await setUiLanguage('en');
      throw new UsageError(`--lang "${given}": ${parsed.error}.`);
    }
    locale = 'error' in parsed ? undefined : parsed.locales[0];
  } else {
    // A settings file eqia cannot take is reported by the command that needs it (read again, so in the
    // language chosen), in the language the file still says, if any: one with an unknown key says it;
    // one that is not JSON may still hold a "language" its text shows (then English is said too).
    locale = await asked.settings().then(
      (settings) => settings.language,
      async () => {
        settingsRead = false;
        const { languageIn } = await import('../settings/settings.js');
        const { language, guessed } = languageIn(settingsFile(ctx.env, ctx.cwd));
        uiLanguageGuessed = guessed === true;
        return language;
      },
    );
  }
  chosen = locale !== undefined;
  settled = true;
  // The store's location may come from the settings: one that cannot be read names none.
  if (!chosen && settingsRead) locale = await storeProfileLanguage(asked);
  await setUiLanguage(locale ?? 'en');
}

/** Whether this run's language is settled (chooseUiLanguage has run), or English only by default. */
export const languageChosen = (): boolean => settled;

/**
 * The default language of the store's profile, when a SQLite store file can say it at once (see
 * @eqia/store-sqlite/profile-language-file); undefined for PostgreSQL, no store, or a bad location.
 */
async function storeProfileLanguage(
  ctx: Pick<CliContext, 'argv' | 'env' | 'cwd' | 'settings'>,
): Promise<Locale | undefined> {
  try {
    const { databaseFile, isPostgresUrl, storeLocation } = await import('../open-store.js');
    const location = await storeLocation(ctx, optionValue(ctx.argv, '--store'));
    if (isPostgresUrl(location)) return undefined;
    const file = databaseFile(location, ctx.cwd);
    const { profileLanguageOfFile } = await import('@eqia/store-sqlite/profile-language-file');
    return profileLanguageOfFile(file);
  } catch {
    return undefined;
  }
}

/** Once the store's profile is read: its default language, unless the user chose one, and its names. */
export async function useProfileLanguage(profile: Frozen<Profile>): Promise<void> {
  uiProfile = profile;
  if (!chosen) await setUiLanguage(profile.languages?.default ?? 'en');
}

/** The value of an option as typed (`--lang cy`, `--lang=cy`), before the command's own parsing. */
function optionValue(argv: readonly string[], option: string): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index] as string;
    if (token === '--') return undefined;
    if (token === option) return argv[index + 1] ?? '';
    if (token.startsWith(`${option}=`)) return token.slice(option.length + 1);
  }
  return undefined;
}

/** The label of a stored value in the language of this run: "draft" is "Draft", or "Drafft". */
export function uiLabel<S extends LabelSet>(set: S, value: LabelValue<S>): string {
  if (!uiLabels) return englishLabel(set, value);
  return (uiLabels.labels[set] as Readonly<Record<string, string>>)[value] ?? value;
}

export { inSentence };

/**
 * A wizard question's words in the language of this run, with its English words as its id: where an
 * author stopped (`eqia edit` reopens there) is the same question in either language. `pick` is given
 * the catalogue and the labels of stored values of one language.
 */
export const question = (
  pick: (messages: CliMessages, label: typeof englishLabel) => string,
): { id: string; label: string } => ({
  id: pick(english, englishLabel),
  label: pick(msg, uiLabel),
});
