import { type Key, useInput } from 'ink';

/**
 * Keyboard input for a prompt. Control-key chords belong to the wizard's navigation (Ctrl+N, Ctrl+P,
 * Ctrl+G, Ctrl+C), so prompts never see them.
 */
export function usePromptKeys(handler: (input: string, key: Key) => void, isActive = true): void {
  useInput(
    (input, key) => {
      if (key.ctrl && input !== 'u') return;
      handler(input, key);
    },
    { isActive },
  );
}

export const isDeleteKey = (key: Key) => key.backspace || key.delete;
