import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { assertKnownCharacteristics, type Profile, parseWith, ValidationError } from '@eqia/core';
import { readStdin } from '../read-stdin.js';
import { AnswersFile } from './schema.js';

/** Read and validate an answers file (`-` for standard input). Errors name the file and each bad path. */
export async function readAnswers(cwd: string, file: string): Promise<AnswersFile> {
  const name = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new ValidationError(`Cannot read the answers file ${name}: ${(error as Error).message}`, [], {
      cause: error,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(`The answers file ${name} is not valid JSON: ${(error as Error).message}`, [], {
      cause: error,
    });
  }
  return parseWith(AnswersFile, json, `The answers file ${name}`);
}

/** Refuses an answers file naming a characteristic the profile does not consider (exit 6), naming each key. */
export function refuseUnknownCharacteristics(answers: AnswersFile, profile: Profile, file: string): void {
  assertKnownCharacteristics(
    answers,
    profile,
    `The answers file ${file === '-' ? 'on standard input' : file}`,
  );
}
