import { msg } from '../messages/ui-language.js';
import { Prose } from '../prompts/Prose.js';

/** The keys, in the language of this run. */
export const keyHelp = (): string => msg.wizard.keyHelp;

/** The keys, always on the last line. */
export function KeyHelp() {
  return <Prose dimColor>{keyHelp()}</Prose>;
}
