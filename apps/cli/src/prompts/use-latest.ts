import { useRef, useState } from 'react';

/**
 * State whose latest value a key handler can read at once. Keys can arrive faster than React re-renders
 * (pasted text then Enter, or a script typing), and a handler closing over state would see a stale value.
 */
export function useLatest<T>(initial: T): [() => T, (update: T | ((current: T) => T)) => void] {
  const ref = useRef(initial);
  const [, setState] = useState(initial);
  const set = (update: T | ((current: T) => T)) => {
    ref.current = typeof update === 'function' ? (update as (current: T) => T)(ref.current) : update;
    setState(ref.current);
  };
  return [() => ref.current, set];
}
