import { deepFreeze } from '@eqia/core';

/**
 * The same methods, each result deeply frozen when it arrives (promised or not), and each getter's
 * value likewise: what the client returns is typed DeepReadonly, and this makes it so at run time, in
 * one place for every method. A group of methods (`objectives`, `data`) is wrapped in turn. What a
 * method throws passes through `told` (the client words core's refusals in its user's language there).
 */
export function withFrozenResults<T extends object>(methods: T, told: (error: unknown) => unknown = same): T {
  const wrapped = {};
  for (const key of Reflect.ownKeys(methods)) {
    const { value, get, enumerable } = Object.getOwnPropertyDescriptor(methods, key) ?? {};
    const kept = { enumerable, configurable: true };
    if (get) {
      Object.defineProperty(wrapped, key, { ...kept, get: () => deepFreeze(get.call(methods)) });
    } else {
      const group = typeof value === 'object' && value !== null;
      const wrappedValue =
        typeof value === 'function'
          ? frozenResult(value, told)
          : group
            ? withFrozenResults(value, told)
            : value;
      Object.defineProperty(wrapped, key, { ...kept, writable: true, value: wrappedValue });
    }
  }
  return wrapped as T;
}

const same = (error: unknown) => error;

/**
 * The items of an iteration started on the first step, each deeply frozen as it is handed out; what it
 * throws passes through `told`, as a method's error does.
 */
export async function* frozenEach<T>(
  start: () => Promise<AsyncIterable<T>>,
  told: (error: unknown) => unknown,
): AsyncGenerator<T> {
  try {
    for await (const item of await start()) yield deepFreeze(item) as T;
  } catch (error) {
    throw told(error);
  }
}

function frozenResult(method: (...args: unknown[]) => unknown, told: (error: unknown) => unknown) {
  const rethrow = (error: unknown) => {
    throw told(error);
  };
  return (...args: unknown[]) => {
    let result: unknown;
    try {
      result = method(...args);
    } catch (error) {
      rethrow(error);
    }
    return result instanceof Promise ? result.then(deepFreeze, rethrow) : deepFreeze(result);
  };
}
