import { Box, render, Text } from 'ink';
import { PromptView } from './PromptView.js';
import type { ConfirmSpec, PromptSpec, TextSpec } from './types.js';

/**
 * Promise-returning prompts for commands that ask one thing (approve's attestation, request-changes'
 * comment). Callers must have checked `ensureCanPrompt` first: Ink's raw mode needs a terminal.
 */
function ask<T>(spec: PromptSpec, message?: string): Promise<T> {
  return new Promise<T>((resolve) => {
    const instance = render(
      <Box flexDirection="column">
        {message ? <Text>{message}</Text> : null}
        <PromptView
          spec={spec}
          onSubmit={(value) => {
            instance.unmount();
            resolve(value as T);
          }}
        />
      </Box>,
      { exitOnCtrlC: true, patchConsole: false },
    );
  });
}

export function askText(spec: { message: string } & Omit<TextSpec, 'kind' | 'label'>): Promise<string> {
  const { message, ...rest } = spec;
  return ask<string>({ kind: 'text', label: message, ...rest });
}

export function askConfirm(
  spec: { message: string } & Omit<ConfirmSpec, 'kind' | 'label'>,
): Promise<boolean> {
  const lines = spec.message.split('\n');
  const label = lines.pop() ?? '';
  return ask<boolean>(
    { kind: 'confirm', label, ...(spec.initial !== undefined && { initial: spec.initial }) },
    lines.join('\n') || undefined,
  );
}
