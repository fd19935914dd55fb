import { Prose } from '../prompts/Prose.js';

export const keyHelp =
  'Enter save · Esc question before · Ctrl+N/P next/previous step · Ctrl+G go to · Ctrl+C quit (all kept)';

/** The keys, always on the last line. */
export function KeyHelp() {
  return <Prose dimColor>{keyHelp}</Prose>;
}
