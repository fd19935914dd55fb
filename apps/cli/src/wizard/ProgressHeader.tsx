import { Box, Text } from 'ink';
import { msg } from '../messages/ui-language.js';
import { Prose, textRows } from '../prompts/Prose.js';

export interface ProgressHeaderProps {
  title: string;
  id: string;
  state: string;
  step: number;
  total: number;
  stepTitle: string;
}

const barWidth = 20;

/** The rows the header takes on a screen `columns` wide. */
export function headerRows(
  { title, id, state, step, total, stepTitle }: ProgressHeaderProps,
  columns: number,
) {
  return (
    textRows(`${title} (${id} · ${state})`, columns) +
    textRows(`${'▰'.repeat(barWidth)} ${msg.wizard.step({ step, total, title: stepTitle })}`, columns)
  );
}

/** "Step 4 of 23 · Evidence and data gaps" with a bar, under the assessment's name. */
export function ProgressHeader({ title, id, state, step, total, stepTitle }: ProgressHeaderProps) {
  const filled = Math.round((step / total) * barWidth);
  return (
    <Box flexDirection="column">
      <Prose>
        <Text bold>{title}</Text>
        <Text dimColor>
          {' '}
          ({id} · {state})
        </Text>
      </Prose>
      <Prose>
        <Text color="cyan">{'▰'.repeat(filled)}</Text>
        <Text dimColor>{'▱'.repeat(barWidth - filled)}</Text>{' '}
        {msg.wizard.step({ step, total, title: stepTitle })}
      </Prose>
    </Box>
  );
}
