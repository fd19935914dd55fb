import { NavigationSignal } from '../signals.js';
import type { WizardStep } from '../step.js';

/**
 * The last screen: the characteristic × audience grid of impacts (drawn by the app) and what next. The
 * grid takes the room; what to run next is said once the wizard ends.
 */
export const summaryStep: WizardStep = {
  id: 'summary',
  title: 'Summary of impacts',
  section: 'analysis',
  readOnly: true,
  owns: () => false,
  async run({ ask }) {
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
