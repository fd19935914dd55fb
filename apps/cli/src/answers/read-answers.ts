import type { Frozen } from '@eqia/core';
import { assertKnownCharacteristics, type Profile, parseWith } from '@eqia/core';
import { readInputJson } from '../input-file.js';
import { AnswersFile } from './schema.js';

/** Read and validate an answers file (`-` for standard input). Errors name the file and each bad path. */
export async function readAnswers(cwd: string, file: string): Promise<AnswersFile> {
  const json = await readInputJson(cwd, file, 'answers file');
  return parseWith(AnswersFile, json, `The answers file ${file === '-' ? 'standard input' : file}`);
}

/** Refuses an answers file naming a characteristic the profile does not consider (exit 6), naming each key. */
export function refuseUnknownCharacteristics(
  answers: AnswersFile,
  profile: Frozen<Profile>,
  file: string,
): void {
  assertKnownCharacteristics(
    answers,
    profile,
    `The answers file ${file === '-' ? 'on standard input' : file}`,
  );
}
