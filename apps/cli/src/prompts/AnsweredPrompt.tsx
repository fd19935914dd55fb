import { Box, Text } from 'ink';
import { msg } from '../messages/ui-language.js';
import { Prose } from './Prose.js';
import type { PromptSpec } from './types.js';

export interface AnsweredPromptProps {
  spec: PromptSpec;
  value: unknown;
}

/** An answer as the person would say it: a choice by its label, yes or no in the run's language. */
function answerWords(spec: PromptSpec, value: unknown): string {
  const labelOf = (chosen: unknown) =>
    spec.kind === 'select' || spec.kind === 'multiSelect'
      ? (spec.choices.find((choice) => choice.value === chosen)?.label ?? String(chosen))
      : String(chosen);
  if (spec.kind === 'confirm') return value ? msg.confirm.yes : msg.confirm.no;
  if (Array.isArray(value)) return value.map(labelOf).join(', ');
  return labelOf(value);
}

/**
 * A question with its answer, the frame a standalone prompt leaves on the screen: what was asked and
 * what was answered, however fast it was typed (an answer typed ahead with its Enter is taken before the
 * prompt has drawn it).
 */
export function AnsweredPrompt({ spec, value }: AnsweredPromptProps) {
  return (
    <Box flexDirection="column">
      <Prose bold>{spec.label}</Prose>
      <Prose>
        <Text color="cyan">› </Text>
        {answerWords(spec, value)}
      </Prose>
    </Box>
  );
}
