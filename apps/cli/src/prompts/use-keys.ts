import { type Key, useInput } from 'ink';
import { useContext, useLayoutEffect, useRef } from 'react';
import { KeyRouterContext } from './key-router.js';
import { TypedKeys } from './typed-keys.js';

/**
 * Keyboard input for a prompt. Inside the wizard the keys come through its KeyRouter (nothing is lost
 * between questions); a standalone prompt listens to Ink directly. Control-key chords belong to the
 * wizard's navigation (Ctrl+N, Ctrl+P, Ctrl+G, Ctrl+C, and Escape for the question before), so prompts
 * never see them, except Ctrl+U.
 */
export function usePromptKeys(handler: (input: string, key: Key) => void): void {
  const router = useContext(KeyRouterContext);
  const latest = useRef(handler);
  latest.current = handler;
  useLayoutEffect(() => router?.attach((input, key) => latest.current(input, key)), [router]);
  const typed = useRef(new TypedKeys());
  useInput(
    (input, key) => {
      if (isNavigation(input, key)) return;
      for (const [part, partKey] of typed.current.split(input, key)) latest.current(part, partKey);
    },
    { isActive: router === undefined },
  );
}

export const isNavigation = (input: string, key: Key) => (key.ctrl && input !== 'u') || key.escape;

export const isDeleteKey = (key: Key) => key.backspace || key.delete;
