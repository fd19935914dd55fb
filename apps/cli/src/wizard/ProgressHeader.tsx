import { Box, Text } from 'ink';

export interface ProgressHeaderProps {
  title: string;
  id: string;
  state: string;
  step: number;
  total: number;
  stepTitle: string;
}

/** "Step 4 of 23 · Evidence and data gaps" with a bar, under the assessment's name. */
export function ProgressHeader({ title, id, state, step, total, stepTitle }: ProgressHeaderProps) {
  const width = 20;
  const filled = Math.round((step / total) * width);
  return (
    <Box flexDirection="column">
      <Text wrap="wrap">
        <Text bold>{title}</Text>
        <Text dimColor>
          {' '}
          ({id} · {state})
        </Text>
      </Text>
      <Text wrap="wrap">
        <Text color="cyan">{'▰'.repeat(filled)}</Text>
        <Text dimColor>{'▱'.repeat(width - filled)}</Text> Step {step} of {total} · {stepTitle}
      </Text>
    </Box>
  );
}
