import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { jsonFaultWords, notJsonAt, ValidationError } from '@eqia/core/light';
import { namingFile } from './file-errors.js';
import type { CliMessages } from './messages/en.js';
import { msg } from './messages/ui-language.js';
import { readStdin } from './read-stdin.js';
import { UsageError } from './usage-error.js';

/**
 * The text of a file named on the command line, or standard input for `-`. A file that cannot be read
 * fails naming it, with the exit code its problem has (a missing file 3, a folder 2: file-errors.ts).
 */
export async function readInputText(cwd: string, file: string): Promise<string> {
  if (file === '-') return readStdin();
  const path = resolve(cwd, file);
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    // A device that never ends (/dev/full, /dev/zero) or a file past what Node holds as one string.
    if (error instanceof RangeError || (error as { code?: unknown }).code === 'ERR_FS_FILE_TOO_LARGE') {
      throw new UsageError(msg.inputFile.tooLarge({ path }));
    }
    throw namingFile(error, path);
  }
}

/** The file read as JSON: text that is not JSON is a ValidationError naming the file (`what` it is). */
export async function readInputJson(
  cwd: string,
  file: string,
  kind: keyof CliMessages['inputFile']['kinds'],
): Promise<unknown> {
  const text = await readInputText(cwd, file);
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = notJsonBecause(text);
    const what = msg.inputFile.kinds[kind];
    throw new ValidationError(msg.inputFile.notJson({ what, name: inputName(file), message }), [], {
      cause: error,
    });
  }
}

/** Where text that JSON.parse refused stops being JSON, in the language of this run (not Node's English). */
export function notJsonBecause(text: string, words: CliMessages = msg): string {
  return jsonFaultWords(notJsonAt(text), words.inputFile.jsonFaults);
}

/** A file as messages name it: standard input for `-`. */
export const inputName = (file: string): string => (file === '-' ? msg.inputFile.standardInput : file);
