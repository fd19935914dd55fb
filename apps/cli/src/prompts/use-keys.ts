import { type Key, useInput } from 'ink';
import { useContext, useLayoutEffect, useRef } from 'react';
import { KeyRouterContext } from './key-router.js';

/**
 * Keyboard input for a prompt. Inside the wizard the keys come through its KeyRouter (nothing is lost
 * between questions); a standalone prompt listens to Ink directly. Control-key chords belong to the
 * wizard's navigation (Ctrl+N, Ctrl+P, Ctrl+G, Ctrl+C), so prompts never see them, except Ctrl+U.
 */
export function usePromptKeys(handler: (input: string, key: Key) => void): void {
  const router = useContext(KeyRouterContext);
  const latest = useRef(handler);
  latest.current = handler;
  useLayoutEffect(() => router?.attach((input, key) => deliver(latest.current, input, key)), [router]);
  useInput(
    (input, key) => {
      if (!isNavigation(input, key)) deliver(latest.current, input, key);
    },
    { isActive: router === undefined },
  );
}

function deliver(handler: (input: string, key: Key) => void, input: string, key: Key): void {
  for (const [part, partKey] of withTrailingReturn(input, key)) handler(part, partKey);
}

export const isNavigation = (input: string, key: Key) => key.ctrl && input !== 'u';

export const isDeleteKey = (key: Key) => key.backspace || key.delete;

/**
 * Text and Enter that reach the terminal together — a fast typist, a script, a pasted line — come from
 * Ink as one input whose Enter is just a character: give the text, then a real Enter. Line breaks inside
 * the text stay text (a pasted paragraph must not answer the next questions too).
 */
export function withTrailingReturn(input: string, key: Key): [string, Key][] {
  if (input.length < 2 || !input.endsWith('\r') || key.ctrl || key.meta) return [[input, key]];
  return [
    [input.slice(0, -1), key],
    ['', { ...key, return: true }],
  ];
}
