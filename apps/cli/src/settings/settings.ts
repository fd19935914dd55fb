import {
  closeSync,
  fchmodSync,
  fsync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { ValidationError } from '@eqia/core/light';
import { type Adapter, Low } from 'lowdb';
import { namingFile } from '../file-errors.js';
import { notJsonBecause } from '../input-file.js';
import { type CliMessages, english } from '../messages/en.js';
import { msg, uiLanguageGuessed } from '../messages/ui-language.js';
import { isSettings, type Settings, settingKeys } from './shape.js';

/** Mode of the settings file and of the directory made for it: the user's alone. */
const FILE_MODE = 0o600;
const DIRECTORY_MODE = 0o700;

/**
 * The `language` a settings file gives, valid or not elsewhere; undefined when it gives none. From a file
 * that is not JSON, the `"language": "…"` its text still holds, if any (`guessed`: then its own error is
 * said in that language and in English, as the file may not mean it: see docs/cli.md).
 */
export function languageIn(path: string | undefined): { language?: 'en' | 'cy'; guessed?: true } {
  let text = '';
  try {
    text = readFileSync(path ?? '', 'utf8');
    const { language } = JSON.parse(text) as { language?: unknown };
    return language === 'en' || language === 'cy' ? { language } : {};
  } catch {
    const language = /"language"\s*:\s*"(en|cy)"/.exec(text)?.[1] as 'en' | 'cy' | undefined;
    return language ? { language, guessed: true } : {};
  }
}

/** The same settings with their keys in the schema's order, as a write puts them. */
function inKeyOrder(settings: Settings): Settings {
  return Object.fromEntries(
    settingKeys.flatMap((key) => (settings[key] === undefined ? [] : [[key, settings[key]]])),
  );
}

/**
 * lowdb's adapter for the settings file. A read validates (a missing file is no settings; anything not
 * JSON or not matching the schema is a ValidationError naming the file and each field) and never writes.
 * A write is durable: a temp file beside the target, mode 0o600, fsynced, renamed over it, then the
 * directory fsynced, so a crash leaves the old file or the new one, never half of one.
 */
export class SettingsFile implements Adapter<Settings> {
  constructor(readonly path: string) {}

  async read(): Promise<Settings | null> {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw namingFile(error, this.path);
    }
    if (text.trim() === '') throw this.unreadable((words) => words.settings.empty);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const reason = (words: CliMessages) => words.settings.notJson({ message: notJsonBecause(text, words) });
      throw this.unreadable(reason, error);
    }
    if (isSettings(json)) return inKeyOrder(json);
    const { checkSettings } = await import('./schema.js');
    const checked = checkSettings(json);
    if (checked.success) return checked.settings;
    throw new ValidationError(msg.settings.invalid({ file: this.path }), checked.issues);
  }

  async write(settings: Settings): Promise<void> {
    const { settingsSchema } = await import('./schema.js');
    const text = `${JSON.stringify(settingsSchema.parse(settings), null, 2)}\n`;
    const directory = dirname(this.path);
    mkdirSync(directory, { recursive: true, mode: DIRECTORY_MODE });
    const unique = `${process.pid.toString(36)}${Math.random().toString(36).slice(2, 10)}`;
    const temp = join(directory, `.${basename(this.path)}.${unique}.tmp`);
    // Created exclusively ('wx'): a clash fails rather than overwrites.
    const file = openSync(temp, 'wx', FILE_MODE);
    try {
      try {
        fchmodSync(file, FILE_MODE); // the umask may have narrowed it
        writeSync(file, text);
        await syncToDisk(file);
      } finally {
        closeSync(file);
      }
      renameSync(temp, this.path);
    } catch (error) {
      try {
        unlinkSync(temp);
      } catch {}
      throw error;
    }
    await syncDirectory(directory);
  }

  /** A file that cannot be read: in both languages when only its own broken text chose Welsh. */
  private unreadable(reason: (words: CliMessages) => string, cause?: unknown): ValidationError {
    const say = (words: CliMessages) => words.settings.unreadable({ file: this.path, reason: reason(words) });
    const message = uiLanguageGuessed && msg !== english ? `${say(msg)}\n${say(english)}` : say(msg);
    return new ValidationError(message, [], cause === undefined ? undefined : { cause });
  }
}

const syncToDisk: (descriptor: number) => Promise<void> = promisify(fsync);

/** Make the rename durable. Windows cannot open a directory for fsync; its rename is as durable as it gets. */
async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = openSync(directory, 'r');
  try {
    await syncToDisk(handle);
  } finally {
    closeSync(handle);
  }
}

/** The settings in a file ({} when it does not exist). Reading never writes. */
export async function readSettings(path: string): Promise<Settings> {
  const db = new Low<Settings>(new SettingsFile(path), {});
  await db.read();
  return db.data;
}

/** Read the settings, change them and write them back durably; the new settings. */
export async function updateSettings(path: string, change: (settings: Settings) => void): Promise<Settings> {
  const db = new Low<Settings>(new SettingsFile(path), {});
  await db.read();
  await db.update(change);
  return db.data;
}
