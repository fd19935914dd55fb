import { NavigationSignal } from '../signals.js';
import type { WizardStep } from '../step.js';

/** The last screen: the characteristic × audience grid of impacts (drawn by the app) and what next. */
export const summaryStep: WizardStep = {
  id: 'summary',
  title: 'Summary: impacts by characteristic and audience',
  section: 'analysis',
  readOnly: true,
  owns: () => false,
  async run({ ask, setContext, assessment }) {
    setContext([
      `Next: \`eqia check ${assessment().id}\`, then \`eqia submit ${assessment().id}\` when no errors remain.`,
    ]);
    const next = await ask.select({
      label: 'What now?',
      choices: [
        { value: 'finish', label: 'Finish: everything is saved' },
        { value: 'goto', label: 'Go to a step' },
      ],
    });
    if (next === 'goto') throw new NavigationSignal('goto');
  },
};
