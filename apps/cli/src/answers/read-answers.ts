import { parseWith } from '@eqia/core';
import { readJsonFile } from '../read-json-file.js';
import { AnswersFile } from './schema.js';

/** Read and validate an answers file (`-` for standard input). Errors name the file and each bad path. */
export async function readAnswers(cwd: string, file: string): Promise<AnswersFile> {
  const { json, name } = await readJsonFile(cwd, file, 'answers file');
  return parseWith(AnswersFile, json, `The answers file ${name}`);
}
