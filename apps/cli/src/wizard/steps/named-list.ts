import type { CliMessages } from '../../messages/en.js';
import { msg, question } from '../../messages/ui-language.js';
import type { StepTools } from '../step.js';

/** One "add another until empty" question: a team member, another affected group, a related assessment. */
export interface NamedListQuestion {
  /** What the step says above the question, before the names recorded so far. */
  context: string[];
  /** The names recorded so far, read afresh before each question. */
  recorded: () => string[];
  /** The question, as the catalogue words it (its English words are its id). */
  label: (messages: CliMessages) => string;
  /** Ask anything more about the new item and save it. */
  add: (name: string) => Promise<unknown>;
}

/**
 * Ask for one name after another until the answer is empty. The "Recorded:" line is redrawn before each
 * question, so an item added in this run is listed at once rather than when the step is next opened.
 */
export async function askNamedList(
  { ask, setContext }: StepTools,
  { context, recorded, label, add }: NamedListQuestion,
): Promise<void> {
  for (;;) {
    const names = recorded();
    setContext([...context, ...(names.length ? [msg.fields.recorded({ names: names.join(', ') })] : [])]);
    const name = await ask.text(question((m) => m.fields.emptyWhenDone({ label: label(m) })));
    if (!name.trim()) return;
    await add(name);
  }
}
