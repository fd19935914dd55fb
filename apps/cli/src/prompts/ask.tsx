import { Box, render, useInput } from 'ink';
import type { ReactNode } from 'react';
import { CancelledError } from '../cancelled.js';
import { AnsweredPrompt } from './AnsweredPrompt.js';
import { PromptView } from './PromptView.js';
import { Prose } from './Prose.js';
import type { ConfirmSpec, MultiSelectSpec, PromptSpec, SelectSpec, TextSpec } from './types.js';
import { useBracketedPaste } from './use-bracketed-paste.js';
import { useRedrawOnResize } from './use-redraw-on-resize.js';

export { CancelledError };

function CtrlC({ onCancel, children }: { onCancel(): void; children: ReactNode }) {
  useBracketedPaste();
  useRedrawOnResize();
  useInput((input, key) => {
    if (key.ctrl && input === 'c') onCancel();
  });
  return <>{children}</>;
}

/**
 * Promise-returning prompts for commands that ask one thing (the new assessment's title, approve's
 * attestation, request-changes' comment). Callers must have checked `ensureCanPrompt` first: Ink's raw
 * mode needs a terminal.
 */
function ask<T>(spec: PromptSpec, message?: string): Promise<T> {
  const asked = message ? <Prose>{message}</Prose> : null;
  return new Promise<T>((resolve, reject) => {
    const instance = render(
      <CtrlC
        onCancel={() => {
          instance.unmount();
          reject(new CancelledError());
        }}
      >
        <Box flexDirection="column">
          {asked}
          <PromptView
            spec={spec}
            onSubmit={(value) => {
              // The frame left on the screen: the answer as given, even one typed ahead with its Enter,
              // which the prompt took before it had drawn it.
              instance.rerender(
                <Box flexDirection="column">
                  {asked}
                  <AnsweredPrompt spec={spec} value={value} />
                </Box>,
              );
              instance.unmount();
              resolve(value as T);
            }}
          />
        </Box>
      </CtrlC>,
      { exitOnCtrlC: false, patchConsole: false },
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

export function askSelect<T extends string>(
  spec: { message: string } & Omit<SelectSpec<T>, 'kind' | 'label'>,
): Promise<T> {
  const { message, ...rest } = spec;
  return ask<T>({ kind: 'select', label: message, ...rest });
}

export function askMultiSelect<T extends string>(
  spec: { message: string } & Omit<MultiSelectSpec<T>, 'kind' | 'label'>,
): Promise<T[]> {
  const { message, ...rest } = spec;
  return ask<T[]>({ kind: 'multiSelect', label: message, ...rest });
}
