import * as z from 'zod/mini';
import type { Patch } from '../lifecycle/events.js';

type Schema = z.core.$ZodType;

/** Wrappers a path goes through to the schema of a value that is there. */
const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly']);

/**
 * An edit's patches with each value as the section's schema gives it, when every patch replaces one
 * value that is there, reached through objects and lists that have no checks of their own; otherwise
 * (an add or a remove, which may change a list's length or leave a default to fill; a path through a
 * record or a union; two patches one inside the other; a value the schema refuses) undefined, and the
 * whole section is parsed, as it always may be.
 *
 * Why that is the section's parse: the section was valid (every snapshot is), zod gives a valid value
 * back as it is (no schema of the assessment transforms but `trim`, which leaves trimmed text alone),
 * and an object or a list with no checks of its own is valid when each of its values is. So only the
 * values replaced need parsing, not the rest of the section, and the result keeps the rest as it was.
 */
export function replacedValues(
  name: string,
  schema: Schema,
  section: unknown,
  patches: readonly Patch[],
): Patch[] | undefined {
  if (patches.some((patch, i) => patches.some((other, j) => i !== j && startsWith(other.path, patch.path))))
    return undefined;
  const checked: Patch[] = [];
  for (const patch of patches) {
    if (patch.op !== 'replace' || patch.path[0] !== name) return undefined;
    const target = schemaAt(schema, section, patch.path.slice(1));
    if (!target) return undefined;
    const result = z.safeParse(target, patch.value);
    if (!result.success) return undefined;
    checked.push({ ...patch, value: result.data });
  }
  return checked;
}

/** The schema of the value at `path` under `value`, or undefined when it is not there as described above. */
function schemaAt(schema: Schema, value: unknown, path: readonly (string | number)[]): Schema | undefined {
  let [current, here] = [schema, value];
  for (const key of path) {
    current = unwrapped(current);
    const def = current._zod.def as z.core.$ZodTypeDef & {
      checks?: unknown[];
      shape?: Record<string, Schema>;
      catchall?: Schema;
      element?: Schema;
    };
    if (def.checks?.length || typeof here !== 'object' || here === null) return undefined;
    if (def.type === 'object' && def.shape && !def.catchall && !Array.isArray(here)) {
      if (typeof key !== 'string' || !Object.hasOwn(def.shape, key) || !Object.hasOwn(here, key))
        return undefined;
      current = def.shape[key] as Schema;
    } else if (def.type === 'array' && def.element && Array.isArray(here)) {
      if (typeof key !== 'number' || !Number.isInteger(key) || key < 0 || key >= here.length)
        return undefined;
      current = def.element;
    } else return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return path.length > 0 ? current : undefined;
}

function unwrapped(schema: Schema): Schema {
  let current = schema;
  while (wrappers.has(current._zod.def.type)) {
    const def = current._zod.def as z.core.$ZodTypeDef & { innerType: Schema; checks?: unknown[] };
    if (def.checks?.length) return current;
    current = def.innerType;
  }
  return current;
}

/** Whether `path` is `prefix` or lies inside it. */
const startsWith = (path: readonly unknown[], prefix: readonly unknown[]) =>
  prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/**
 * `document` with each replaced value set at its path (patches from `replacedValues`, each replacing a
 * value that is there through objects and lists): each container on a path copied, the rest shared, as
 * immer's applyPatches leaves it, without a draft of its own for every edit (the SDK's recipe already
 * made one). Each value is set as a copy, so the result frozen never freezes the event's patches.
 */
export function withReplaced<T>(document: T, patches: readonly Patch[]): T {
  let result: unknown = document;
  for (const { path, value } of patches) result = setAt(result, path, 0, value);
  return result as T;
}

function setAt(
  container: unknown,
  path: readonly (string | number)[],
  depth: number,
  value: unknown,
): unknown {
  const key = path[depth] as string | number;
  const copy = (Array.isArray(container) ? [...container] : { ...(container as object) }) as Record<
    string | number,
    unknown
  >;
  copy[key] = depth === path.length - 1 ? copied(value) : setAt(copy[key], path, depth + 1, value);
  return copy;
}

/** A JSON value copied: lists and objects anew, all the way down. */
function copied(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copied);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copied(inner)]));
}
