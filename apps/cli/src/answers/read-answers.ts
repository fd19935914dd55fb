import type { Frozen } from '@eqia/core';
import { assertKnownCharacteristics, type Profile, parseWith } from '@eqia/core';
import { type InputPlace, inputName, readInputJson } from '../input-file.js';
import { msg } from '../messages/ui-language.js';
import { AnswersFile } from './schema.js';

/** Read and validate an answers file (`-` for standard input). Errors name the file and each bad path. */
export async function readAnswers(place: InputPlace, file: string): Promise<AnswersFile> {
  const json = await readInputJson(place, file, 'answers');
  // A key the file's schema does not know is refused, not dropped with what it holds.
  return parseWith(AnswersFile, json, msg.inputFile.answersFile({ name: inputName(file) }), {
    unknownKeys: 'refuse',
  });
}

/** Refuses an answers file naming a characteristic the profile does not consider (exit 6), naming each key. */
export function refuseUnknownCharacteristics(
  answers: AnswersFile,
  profile: Frozen<Profile>,
  file: string,
): void {
  assertKnownCharacteristics(answers, profile, msg.inputFile.answersFile({ name: inputName(file) }));
}
