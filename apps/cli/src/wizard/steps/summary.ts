import { msg, question } from '../../messages/ui-language.js';
import { NavigationSignal } from '../signals.js';
import type { WizardStep } from '../step.js';

/**
 * The last screen: the characteristic × audience grid of impacts (drawn by the app) and what next. The
 * grid takes the room; what to run next is said once the wizard ends.
 */
export const summaryStep: WizardStep = {
  id: 'summary',
  get title() {
    return msg.summary.title;
  },
  section: 'analysis',
  readOnly: true,
  owns: () => false,
  async run({ ask }) {
    const next = await ask.select({
      ...question((m) => m.summary.whatNow),
      choices: [
        { value: 'finish', label: msg.summary.finish },
        { value: 'goto', label: msg.wizard.goToStep },
      ],
    });
    if (next === 'goto') throw new NavigationSignal('goto');
  },
};
