import { msg } from '../messages/ui-language.js';
import { textRows } from './Prose.js';
import type { Choice, PromptSpec } from './types.js';
import { windowSize } from './visible-window.js';

/**
 * The rows a prompt takes on a screen `columns` wide, as its component lays it out: the label, the hint,
 * then the answer being typed or the window of choices with its "more" lines. The wizard's screen gives
 * what the prompt leaves to the context above it.
 */
export function promptRows(spec: PromptSpec, columns: number): number {
  const rows = (text: string) => textRows(text, columns);
  switch (spec.kind) {
    case 'confirm':
      return rows(`${spec.label} (y/N)`);
    case 'text':
      // Room for a sentence or two as it is typed, or the answer already there if longer.
      return (
        rows(spec.label) + (spec.hint ? rows(spec.hint) : 0) + Math.max(2, rows(`› ${spec.initial ?? ''} `))
      );
    case 'select':
      return rows(spec.label) + (spec.hint ? rows(spec.hint) : 0) + choiceRows(spec.choices, columns, '› ');
    case 'multiSelect':
      // The multi-select always shows a hint: its own or how to tick.
      return (
        rows(spec.label) +
        rows(spec.hint ?? msg.prompts.tickHint) +
        choiceRows(spec.choices, columns, '› [x] ')
      );
  }
}

/** The window of choices at its tallest, with the "↑ more" and "↓ more" lines a long list shows. */
function choiceRows(choices: readonly Choice[], columns: number, mark: string): number {
  const heights = choices
    .map((choice) =>
      textRows(`${choice.label}${choice.hint ? ` — ${choice.hint}` : ''}`, columns - mark.length),
    )
    .sort((a, b) => b - a);
  const shown = heights.slice(0, windowSize).reduce((sum, rows) => sum + rows, 0);
  return shown + (choices.length > windowSize ? 2 : 0);
}
