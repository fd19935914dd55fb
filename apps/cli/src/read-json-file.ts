import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ValidationError } from '@eqia/core';
import { readStdin } from './read-stdin.js';

/**
 * A JSON document the user gives as a file (`-` for standard input): answers files, objectives. What
 * cannot be read or parsed is a ValidationError naming the file (exit 6), never a crash.
 */
export async function readJsonFile(
  cwd: string,
  file: string,
  what: string,
): Promise<{ json: unknown; name: string }> {
  const name = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new ValidationError(`Cannot read the ${what} ${name}: ${(error as Error).message}`, [], {
      cause: error,
    });
  }
  try {
    return { json: JSON.parse(text), name };
  } catch (error) {
    throw new ValidationError(`The ${what} ${name} is not valid JSON: ${(error as Error).message}`, [], {
      cause: error,
    });
  }
}
