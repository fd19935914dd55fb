import { Text } from 'ink';
import { msg } from '../messages/ui-language.js';
import type { ConfirmSpec } from './types.js';
import { usePromptKeys } from './use-keys.js';

export interface ConfirmPromptProps {
  spec: ConfirmSpec;
  onSubmit(value: boolean): void;
}

/** Yes or no: y (or the language's own key, i in Welsh) or n, or Enter for the default shown in capitals. */
export function ConfirmPrompt({ spec, onSubmit }: ConfirmPromptProps) {
  const initial = spec.initial ?? false;
  usePromptKeys((input, key) => {
    const typed = input.toLowerCase();
    if (typed === 'y' || typed === msg.confirm.yesKey) onSubmit(true);
    else if (typed === 'n') onSubmit(false);
    else if (key.return) onSubmit(initial);
  });
  return (
    <Text>
      <Text bold>{spec.label}</Text>{' '}
      <Text dimColor>{initial ? msg.confirm.defaultYes : msg.confirm.defaultNo}</Text>
    </Text>
  );
}
