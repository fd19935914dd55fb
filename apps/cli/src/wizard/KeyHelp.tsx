import { Text } from 'ink';

/** The keys, always on the last line. */
export function KeyHelp() {
  return (
    <Text dimColor wrap="wrap">
      Enter save · Esc question before · Ctrl+N/P next/previous step · Ctrl+G go to · Ctrl+C quit (all kept)
    </Text>
  );
}
