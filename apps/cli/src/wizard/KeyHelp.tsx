import { Text } from 'ink';

/** The keys, always on the last line. */
export function KeyHelp() {
  return (
    <Text dimColor wrap="truncate-end">
      Enter save · Ctrl+N next step · Ctrl+P back · Ctrl+G go to · Ctrl+C save and quit
    </Text>
  );
}
