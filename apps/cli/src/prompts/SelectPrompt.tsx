import { Box, Text } from 'ink';
import { msg } from '../messages/ui-language.js';
import { Prose } from './Prose.js';
import type { SelectSpec } from './types.js';
import { usePromptKeys } from './use-keys.js';
import { useLatest } from './use-latest.js';
import { visibleWindow } from './visible-window.js';

export interface SelectPromptProps {
  spec: SelectSpec;
  onSubmit(value: string): void;
}

/** Pick one: ↑/↓ to move, Enter to choose. Long lists scroll in a window of six, so the screen fits 24 lines. */
export function SelectPrompt({ spec, onSubmit }: SelectPromptProps) {
  const start = Math.max(
    0,
    spec.choices.findIndex((choice) => choice.value === spec.initial),
  );
  const [cursor, setCursor] = useLatest(start);
  usePromptKeys((_input, key) => {
    if (key.upArrow) setCursor((current) => (current + spec.choices.length - 1) % spec.choices.length);
    else if (key.downArrow) setCursor((current) => (current + 1) % spec.choices.length);
    else if (key.return) {
      const choice = spec.choices[cursor()];
      if (choice) onSubmit(choice.value);
    }
  });
  const { from, to } = visibleWindow(spec.choices.length, cursor());
  return (
    <Box flexDirection="column">
      <Prose bold>{spec.label}</Prose>
      {spec.hint ? <Prose dimColor>{spec.hint}</Prose> : null}
      {from > 0 ? <Text dimColor> ↑ {msg.prompts.more}</Text> : null}
      {spec.choices.slice(from, to).map((choice, offset) => {
        const active = from + offset === cursor();
        return (
          // A long choice wraps under its own first word, not under the cursor.
          <Box key={choice.value}>
            <Box flexShrink={0}>
              <Text color={active ? 'cyan' : undefined}>{active ? '› ' : '  '}</Text>
            </Box>
            <Prose color={active ? 'cyan' : undefined}>
              {choice.label}
              {choice.hint ? <Text dimColor> — {choice.hint}</Text> : null}
            </Prose>
          </Box>
        );
      })}
      {to < spec.choices.length ? <Text dimColor> ↓ {msg.prompts.more}</Text> : null}
    </Box>
  );
}
