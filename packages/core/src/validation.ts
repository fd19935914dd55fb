import type * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from './errors.js';
import { Assessment } from './schema/assessment.js';
import { Profile } from './schema/profile.js';

export function toValidationIssues(error: z.core.$ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: messageOf(issue) }));
}

/** A record's bad key says only "Invalid key in record": say what its own schema says instead. */
const messageOf = (issue: z.core.$ZodIssue): string =>
  issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;

/** Parse with a schema, or throw a ValidationError whose issues name each bad path. */
export function parseWith<T extends z.ZodMiniType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(`${what} is not valid:`, toValidationIssues(result.error), {
    cause: result.error,
  });
}

export const parseAssessment = (input: unknown): Assessment => parseWith(Assessment, input, 'The assessment');
export const parseProfile = (input: unknown): Profile => parseWith(Profile, input, 'The profile');
