import { Text } from 'ink';
import type { ConfirmSpec } from './types.js';
import { usePromptKeys } from './use-keys.js';

export interface ConfirmPromptProps {
  spec: ConfirmSpec;
  onSubmit(value: boolean): void;
}

/** Yes or no: y or n, or Enter for the default shown in capitals. */
export function ConfirmPrompt({ spec, onSubmit }: ConfirmPromptProps) {
  const initial = spec.initial ?? false;
  usePromptKeys((input, key) => {
    if (input.toLowerCase() === 'y') onSubmit(true);
    else if (input.toLowerCase() === 'n') onSubmit(false);
    else if (key.return) onSubmit(initial);
  });
  return (
    <Text>
      <Text bold>{spec.label}</Text> <Text dimColor>{initial ? '(Y/n)' : '(y/N)'}</Text>
    </Text>
  );
}
