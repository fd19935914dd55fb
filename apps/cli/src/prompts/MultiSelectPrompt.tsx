import { Box, Text } from 'ink';
import { useState } from 'react';
import { msg } from '../messages/ui-language.js';
import { Prose } from './Prose.js';
import type { MultiSelectSpec } from './types.js';
import { usePromptKeys } from './use-keys.js';
import { useLatest } from './use-latest.js';
import { visibleWindow } from './visible-window.js';

export interface MultiSelectPromptProps {
  spec: MultiSelectSpec;
  onSubmit(values: string[]): void;
}

/** Pick any: ↑/↓ to move, Space to tick or untick, a to tick or untick all, Enter when done. */
export function MultiSelectPrompt({ spec, onSubmit }: MultiSelectPromptProps) {
  const [cursor, setCursor] = useLatest(0);
  const [chosen, setChosen] = useLatest<ReadonlySet<string>>(new Set(spec.initial ?? []));
  const [problem, setProblem] = useState<string>();
  usePromptKeys((input, key) => {
    if (key.upArrow) setCursor((current) => (current + spec.choices.length - 1) % spec.choices.length);
    else if (key.downArrow) setCursor((current) => (current + 1) % spec.choices.length);
    else if (input === ' ') {
      const value = spec.choices[cursor()]?.value;
      if (value === undefined) return;
      setProblem(undefined);
      setChosen((current) => {
        const next = new Set(current);
        if (next.has(value)) next.delete(value);
        else next.add(value);
        return next;
      });
    } else if (input === 'a') {
      setProblem(undefined);
      const all = spec.choices.map((choice) => choice.value);
      setChosen((current) => new Set(current.size === all.length ? [] : all));
    } else if (key.return) {
      const min = spec.min ?? 0;
      if (chosen().size < min) setProblem(msg.prompts.chooseAtLeast({ min }));
      else onSubmit(spec.choices.map((choice) => choice.value).filter((value) => chosen().has(value)));
    }
  });
  const { from, to } = visibleWindow(spec.choices.length, cursor());
  return (
    <Box flexDirection="column">
      <Prose bold>{spec.label}</Prose>
      <Prose dimColor>{spec.hint ?? msg.prompts.tickHint}</Prose>
      {from > 0 ? <Text dimColor> ↑ {msg.prompts.more}</Text> : null}
      {spec.choices.slice(from, to).map((choice, offset) => {
        const active = from + offset === cursor();
        return (
          // A long choice wraps under its own first word, not under the box.
          <Box key={choice.value}>
            <Box flexShrink={0}>
              <Text color={active ? 'cyan' : undefined}>
                {active ? '› ' : '  '}
                {chosen().has(choice.value) ? '[x] ' : '[ ] '}
              </Text>
            </Box>
            <Prose color={active ? 'cyan' : undefined}>{choice.label}</Prose>
          </Box>
        );
      })}
      {to < spec.choices.length ? <Text dimColor> ↓ {msg.prompts.more}</Text> : null}
      {problem ? <Text color="red">{problem}</Text> : null}
    </Box>
  );
}
