import type { StepTools } from '../step.js';

/** One "add another until empty" question: a team member, another affected group, a related assessment. */
export interface NamedListQuestion {
  /** What the step says above the question, before the names recorded so far. */
  context: string[];
  /** The names recorded so far, read afresh before each question. */
  recorded: () => string[];
  label: string;
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
    setContext([...context, ...(names.length ? [`Recorded: ${names.join(', ')}`] : [])]);
    const name = await ask.text({ label: `${label} (empty when done)` });
    if (!name.trim()) return;
    await add(name);
  }
}
