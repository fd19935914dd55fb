/**
 * A value nobody may change, as the SDK returns it: every property and every list read-only, all the
 * way down, so a consumer's `view.assessment.policy.title = '…'` or `view.findings.push(…)` fails when
 * it compiles (and throws when it runs: see `deepFreeze`). core's and report's functions take their
 * inputs so (`Frozen<Assessment>`), so a result passes to them as it is. Functions, dates and strings
 * (branded ones too) and `unknown` are left as they are; maps and sets become their read-only views.
 */
export type Frozen<T> = unknown extends T
  ? T
  : T extends string | number | boolean | bigint | symbol | null | undefined
    ? T
    : T extends (...args: never[]) => unknown
      ? T
      : T extends Date
        ? T
        : T extends ReadonlyMap<infer Key, infer Value>
          ? ReadonlyMap<Frozen<Key>, Frozen<Value>>
          : T extends ReadonlySet<infer Item>
            ? ReadonlySet<Frozen<Item>>
            : T extends readonly unknown[]
              ? { readonly [I in keyof T]: Frozen<T[I]> }
              : { readonly [K in keyof T]: Frozen<T[K]> };

/**
 * A frozen value typed as the schema types it (its lists mutable), for code that only reads it but is
 * typed with the schema's types: how a function that takes `Frozen<T>` hands its input on. Nothing is
 * copied, and the value stays frozen, so a reader that wrote to it would throw.
 */
export const schemaTyped = <T>(value: Frozen<T>): T => value as T;

/**
 * The getter of a key, own or inherited, if it has one (a data property has none), allocating nothing:
 * `Object.prototype.__lookupGetter__`, standard in every engine (ECMA-262 annex B), untyped by TypeScript.
 */
const getterOf = (Object.prototype as { __lookupGetter__(key: string): (() => unknown) | undefined })
  .__lookupGetter__;

/**
 * Freezes a value all the way down and returns it, typed so. An object already frozen is taken as
 * frozen throughout, as immer's results and this function's are, so a result sharing most of its
 * structure with an earlier one costs only its new parts. Accessors are not called: a field worked out
 * when first read (a view's findings) freezes what it makes itself.
 */
export function deepFreeze<T>(value: T): Frozen<T> {
  // Bytes (a key, a document) cannot be frozen; nothing the SDK returns holds them.
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || ArrayBuffer.isView(value)) {
    return value as Frozen<T>;
  }
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item);
  } else {
    // Asking only whether a key has a getter allocates nothing: a descriptor for every key was most of
    // the cost of freezing a list of summaries, and all descriptors at once were slower still
    // (docs/performance.md, code design notes).
    for (const key of Object.keys(value)) {
      if (getterOf.call(value, key) === undefined) deepFreeze((value as Record<string, unknown>)[key]);
    }
  }
  return value as Frozen<T>;
}

/**
 * `deepFreeze` of a value `JSON.parse` has just made, and faster: JSON makes only plain objects, lists
 * and data properties, so no key need be asked for a getter (the asking was most of freezing a filtered
 * list's summaries at 100,000: docs/performance.md, code design notes). For such values only: an accessor here is called.
 */
export function freezeParsed<T>(value: T): Frozen<T> {
  if (typeof value !== 'object' || value === null) return value as Frozen<T>;
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) freezeParsed(item);
  } else {
    // for…in: a parsed object's keys without making a list of them for each object.
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) freezeParsed(child);
    }
  }
  return Object.freeze(value) as Frozen<T>;
}
