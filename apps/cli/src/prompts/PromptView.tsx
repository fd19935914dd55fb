import { ConfirmPrompt } from './ConfirmPrompt.js';
import { MultiSelectPrompt } from './MultiSelectPrompt.js';
import { SelectPrompt } from './SelectPrompt.js';
import { TextPrompt } from './TextPrompt.js';
import type { PromptSpec } from './types.js';

export interface PromptViewProps {
  spec: PromptSpec;
  onSubmit(value: unknown): void;
}

/** The prompt component for a spec. Keyed by the caller so each question starts fresh. */
export function PromptView({ spec, onSubmit }: PromptViewProps) {
  switch (spec.kind) {
    case 'text':
      return <TextPrompt spec={spec} onSubmit={onSubmit} />;
    case 'select':
      return <SelectPrompt spec={spec} onSubmit={onSubmit} />;
    case 'multiSelect':
      return <MultiSelectPrompt spec={spec} onSubmit={onSubmit} />;
    case 'confirm':
      return <ConfirmPrompt spec={spec} onSubmit={onSubmit} />;
  }
}
