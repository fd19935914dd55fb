import { parseWith } from '@eqia/core';
import { readInputJson } from '../input-file.js';
import { AnswersFile } from './schema.js';

/** Read and validate an answers file (`-` for standard input). Errors name the file and each bad path. */
export async function readAnswers(cwd: string, file: string): Promise<AnswersFile> {
  const json = await readInputJson(cwd, file, 'answers file');
  return parseWith(AnswersFile, json, `The answers file ${file === '-' ? 'standard input' : file}`);
}
