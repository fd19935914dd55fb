import type * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from './errors.js';
import { isRecord } from './is-record.js';
import { englishSchemaIssues, issueMessage } from './labels/schema-issue-words.js';
import { englishSchemaWords } from './labels/schema-words.js';
import { Assessment } from './schema/assessment.js';
import { Profile } from './schema/profile.js';

/**
 * Each issue at its path, in core's English (labels/schema-issue-words.ts), not zod's: zod's issues stay
 * the error's cause, for a client in another language to word them again.
 */
export function toValidationIssues(error: Pick<z.core.$ZodError, 'issues'>): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issueMessage(issue, englishSchemaIssues, englishSchemaWords),
  }));
}

/**
 * Parse with a schema, or throw a ValidationError whose issues name each bad path. `unknownKeys:
 * 'refuse'` is for what a person wrote (an answers file): a key no schema knows, at any depth, is an
 * issue, where zod's objects would drop it and the text under it with it ("summry" for "summary").
 */
export function parseWith<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
  what: string,
  { unknownKeys = 'drop' }: { unknownKeys?: 'drop' | 'refuse' } = {},
): z.output<T> {
  const result = schema.safeParse(input);
  // The cause holds zod's issues, one for each, as a client in another language words them from.
  const cause = result.success
    ? { issues: unknownKeys === 'refuse' ? droppedKeys(input, result.data) : [] }
    : result.error;
  if (result.success && !cause.issues.length) return result.data;
  throw new ValidationError(`${what} is not valid:`, toValidationIssues(cause), { cause });
}

/**
 * The keys of `input` that parsing left out of `output`, as zod reports a strict object's
 * (`unrecognized_keys`, worded by zod's English), so that a client in another language words them too.
 */
export function droppedKeys(input: unknown, output: unknown, path: PropertyKey[] = []): z.core.$ZodIssue[] {
  const issues: z.core.$ZodIssue[] = [];
  if (Array.isArray(input) && Array.isArray(output))
    for (const [index, item] of input.entries())
      issues.push(...droppedKeys(item, output[index], [...path, index]));
  else if (isRecord(input) && isRecord(output)) {
    const keys = Object.keys(input).filter((key) => !Object.hasOwn(output, key));
    if (keys.length)
      issues.push({
        code: 'unrecognized_keys',
        keys,
        path,
        message: `Unrecognized key${keys.length > 1 ? 's' : ''}: ${keys.map((key) => `"${key}"`).join(', ')}`,
      });
    for (const key of Object.keys(input))
      if (Object.hasOwn(output, key)) issues.push(...droppedKeys(input[key], output[key], [...path, key]));
  }
  return issues;
}

export const parseAssessment = (input: unknown): Assessment => parseWith(Assessment, input, 'The assessment');
export const parseProfile = (input: unknown): Profile => parseWith(Profile, input, 'The profile');
