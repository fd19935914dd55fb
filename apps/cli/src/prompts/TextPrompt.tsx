import { Box, Text } from 'ink';
import { useState } from 'react';
import { msg } from '../messages/ui-language.js';
import type { TextSpec } from './types.js';
import { isDeleteKey, usePromptKeys } from './use-keys.js';
import { useLatest } from './use-latest.js';

export interface TextPromptProps {
  spec: TextSpec;
  onSubmit(value: string): void;
}

/** One line of text: type, Backspace to delete, Ctrl+U to clear, Enter to save. */
export function TextPrompt({ spec, onSubmit }: TextPromptProps) {
  const [value, setValue] = useLatest(spec.initial ?? '');
  const [problem, setProblem] = useState<string>();
  usePromptKeys((input, key) => {
    if (key.return) {
      const trimmed = value().trim();
      const error =
        spec.required && trimmed === ''
          ? msg.prompts.needsAnswer
          : trimmed === ''
            ? undefined
            : spec.validate?.(trimmed);
      if (error) setProblem(error);
      else onSubmit(trimmed);
      return;
    }
    setProblem(undefined);
    if (key.ctrl && input === 'u') setValue('');
    else if (isDeleteKey(key)) setValue((current) => current.slice(0, -1));
    else if (!key.meta && !key.tab && !key.escape && !key.upArrow && !key.downArrow && input)
      setValue((current) => current + input.replace(/[\r\n]+/g, ' '));
  });
  return (
    <Box flexDirection="column">
      <Text bold>{spec.label}</Text>
      {spec.hint ? <Text dimColor>{spec.hint}</Text> : null}
      <Text>
        <Text color="cyan">› </Text>
        {value()}
        <Text inverse> </Text>
      </Text>
      {problem ? <Text color="red">{problem}</Text> : null}
    </Box>
  );
}
