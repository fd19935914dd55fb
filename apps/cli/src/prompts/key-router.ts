import type { Key } from 'ink';
import { createContext } from 'react';

type KeyHandler = (input: string, key: Key) => void;

/**
 * Routes keys from one always-mounted listener to the prompt on screen. Keys that arrive between two
 * prompts — after Enter, while the answer is saved and the next question mounts — wait in a queue for
 * the next prompt instead of being lost, so a fast typist (or a script) never drops a keystroke.
 */
export class KeyRouter {
  private handler: KeyHandler | undefined;
  private queue: [string, Key][] = [];

  dispatch(input: string, key: Key): void {
    if (this.handler) this.handler(input, key);
    else this.queue.push([input, key]);
  }

  attach(handler: KeyHandler): () => void {
    this.handler = handler;
    const waiting = this.queue;
    this.queue = [];
    for (const [input, key] of waiting) {
      if (this.handler !== handler) this.queue.push([input, key]);
      else handler(input, key);
    }
    return () => {
      if (this.handler === handler) this.handler = undefined;
    };
  }

  /** The prompt has its answer: what is typed next belongs to the next prompt. */
  detach(): void {
    this.handler = undefined;
  }
}

export const KeyRouterContext = createContext<KeyRouter | undefined>(undefined);
