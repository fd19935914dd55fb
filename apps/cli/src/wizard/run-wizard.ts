import type { AssessmentView } from '@eqia/sdk';
import { createElement } from 'react';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import type { OpenedClient } from '../open-client.js';
import { buildSteps } from './build-steps.js';
import { WizardController } from './controller.js';
import { startStep } from './start-step.js';

export interface WizardOptions {
  /** Continue this assessment (`eqia edit <id>`); otherwise start a new one. */
  resume?: string;
  /** Open at this section or step id. */
  section?: string;
  /** For a new assessment. */
  id?: string;
  title?: string;
}

/** Run the Ink wizard to the end or until the user quits; every answer is already saved either way. */
export async function runWizard(
  ctx: CliContext,
  { client, profile }: OpenedClient,
  options: WizardOptions,
): Promise<ExitCode> {
  const { render } = await import('ink');
  const { WizardApp } = await import('./WizardApp.js');
  let view: AssessmentView;
  if (options.resume) view = await client.get(options.resume);
  else {
    const { askText } = await import('../prompts/ask.js');
    const title =
      options.title ??
      (await askText({ message: 'Title of the policy, service change or decision', required: true }));
    view = await client.create({ title, ...(options.id && { id: options.id }) });
    ctx.write(
      `Created ${view.assessment.id}. Every answer is saved as you go; continue any time with \`eqia edit ${view.assessment.id}\`.\n`,
    );
  }
  const steps = buildSteps(profile);
  const controller = new WizardController(client, steps, view, startStep(steps, view, options.section), () =>
    ctx.now().toISOString().slice(0, 10),
  );
  const app = render(createElement(WizardApp, { controller }), { exitOnCtrlC: false, patchConsole: false });
  let how: 'done' | 'quit';
  try {
    how = await controller.run();
  } catch (error) {
    app.unmount();
    throw error;
  }
  await app.waitUntilExit();
  const id = controller.getState().view.assessment.id;
  ctx.write(
    how === 'quit'
      ? `Saved. Continue with \`eqia edit ${id}\`.\n`
      : `Done. Next: \`eqia check ${id}\`, then \`eqia submit ${id}\`.\n`,
  );
  return ExitCode.ok;
}
