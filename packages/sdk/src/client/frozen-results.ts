import { deepFreeze } from '@eqia/core';

/**
 * The same methods, each result deeply frozen when it arrives (promised or not), and each getter's
 * value likewise: what the client returns is typed DeepReadonly, and this makes it so at run time, in
 * one place for every method. A group of methods (`objectives`, `data`) is wrapped in turn.
 */
export function withFrozenResults<T extends object>(methods: T): T {
  const wrapped = {};
  for (const key of Reflect.ownKeys(methods)) {
    const { value, get, enumerable } = Object.getOwnPropertyDescriptor(methods, key) ?? {};
    const kept = { enumerable, configurable: true };
    if (get) {
      Object.defineProperty(wrapped, key, { ...kept, get: () => deepFreeze(get.call(methods)) });
    } else {
      const group = typeof value === 'object' && value !== null;
      const wrappedValue =
        typeof value === 'function' ? frozenResult(value) : group ? withFrozenResults(value) : value;
      Object.defineProperty(wrapped, key, { ...kept, writable: true, value: wrappedValue });
    }
  }
  return wrapped as T;
}

function frozenResult(method: (...args: unknown[]) => unknown) {
  return (...args: unknown[]) => {
    const result = method(...args);
    return result instanceof Promise ? result.then(deepFreeze) : deepFreeze(result);
  };
}
