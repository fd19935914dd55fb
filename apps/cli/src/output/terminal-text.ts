import { showInvisible } from '@eqia/core';

/**
 * Stored text made safe to print to a terminal: every control character (ESC, BEL, a carriage return…)
 * and bidirectional override is shown as "⟨U+001B⟩", never obeyed, so a record cannot move the cursor,
 * recolour the screen or make text read backwards. Applied to every string of a value, for the commands
 * that print stored text; JSON output needs none (JSON escapes what it must, and a program reads it).
 */
export function terminalSafe<T>(value: T): T {
  if (typeof value === 'string') return showInvisible(value) as T;
  if (Array.isArray(value)) return value.map(terminalSafe) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, terminalSafe(child)])) as T;
  }
  return value;
}
