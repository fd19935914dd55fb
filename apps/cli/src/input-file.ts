import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { jsonFaultWords, notJsonAt } from '@eqia/core/json';
import { ValidationError } from '@eqia/core/light';
import type { CliContext } from './context.js';
import { namingFile } from './file-errors.js';
import type { CliMessages } from './messages/en.js';
import { msg } from './messages/ui-language.js';
import { UsageError } from './usage-error.js';

/** Where a command finds the files it is given: its folder, and standard input for `-`. */
export type InputPlace = Pick<CliContext, 'cwd' | 'stdin'>;

/**
 * The most eqia reads from one input: far more than any answers file, profile or census table, and short
 * of Node's longest string. A device that never ends (/dev/zero, a pipe left open) is refused at it.
 */
export const inputLimit = 256 * 1024 * 1024;

/**
 * The text of a file named on the command line, or standard input for `-`. A file that cannot be read
 * fails naming it, with the exit code its problem has (a missing file 3, a folder 2: file-errors.ts).
 */
export async function readInputText(place: InputPlace, file: string): Promise<string> {
  if (file === '-') return (await boundedBytes(place.stdin, msg.inputFile.standardInput)).toString('utf8');
  return (await readInputFile(resolve(place.cwd, file))).toString('utf8');
}

/** The bytes of the file at `path`, up to `inputLimit`; its errors name it. */
export async function readInputFile(path: string): Promise<Buffer> {
  try {
    return await boundedBytes(createReadStream(path, { highWaterMark: 1024 * 1024 }), path);
  } catch (error) {
    throw error instanceof UsageError ? error : namingFile(error, path);
  }
}

async function boundedBytes(chunks: AsyncIterable<Uint8Array>, name: string): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > inputLimit) throw new UsageError(msg.inputFile.tooLarge({ path: name }));
    parts.push(chunk);
  }
  return Buffer.concat(parts, size);
}

/** The file read as JSON: text that is not JSON is a ValidationError naming the file (`what` it is). */
export async function readInputJson(
  place: InputPlace,
  file: string,
  kind: keyof CliMessages['inputFile']['kinds'],
): Promise<unknown> {
  const text = await readInputText(place, file);
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
