import * as z from 'zod/mini';
import { IsoDateTime, UserId } from '../schema/common.js';
import { Role } from '../schema/profile.js';
import { SectionId } from '../schema/section.js';
import type { EventOf } from './events.js';

const sections: ReadonlySet<unknown> = new Set(SectionId.options);
const roles: ReadonlySet<unknown> = new Set(Role.options);
const ops: ReadonlySet<unknown> = new Set(['add', 'remove', 'replace']);

/**
 * Whether `input` is an edit event that parsing (AssessmentEvent) would accept and give back equal, key
 * for key: then the lifecycle takes it as it is, without zod walking it and copying it again. Anything
 * else (another type, an extra or a missing key, a value the schema would refuse or change) answers
 * false and is parsed, which says why it is refused. The strings are judged by their own schemas.
 *
 * A save's edit is the event the SDK just built from a valid assessment and its own clock and actor: it
 * is the one event a session sends over and over, and its parse was a sixth of the lifecycle's work.
 */
export function isPlainEdit(input: unknown): input is EventOf<'edit'> {
  if (!hasKeys(input, eventKeys) || input.type !== 'edit' || !sections.has(input.section)) return false;
  const { by, at, patches } = input;
  if (!hasKeys(by, actorKeys) || !valid(UserId, by.id) || !valid(IsoDateTime, at)) return false;
  if (!every(by.roles, (role) => roles.has(role))) return false;
  return Array.isArray(patches) && patches.length > 0 && every(patches, isPlainPatch);
}

const eventKeys = ['type', 'by', 'at', 'section', 'patches'];
const actorKeys = ['id', 'roles'];

function isPlainPatch(patch: unknown): boolean {
  const valued = typeof patch === 'object' && patch !== null && Object.hasOwn(patch, 'value');
  if (!hasKeys(patch, valued ? ['op', 'path', 'value'] : ['op', 'path'])) return false;
  return ops.has(patch.op) && every(patch.path, isPathKey);
}

/** An array whose every element passes, holes read as undefined (as zod reads them; `every` skips them). */
function every(value: unknown, test: (element: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index++) if (!test(value[index])) return false;
  return true;
}

/** What Patch's path takes: a key, or an index (a safe integer, not below 0). */
const isPathKey = (key: unknown) =>
  typeof key === 'string' || (Number.isSafeInteger(key) && (key as number) >= 0);

/** A plain object with exactly these keys, all its own: what zod's object gives back from it. */
function hasKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype)
    return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}

const valid = (schema: z.ZodMiniType, value: unknown) =>
  typeof value === 'string' && z.safeParse(schema, value).success;
