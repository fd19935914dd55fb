import { editableSections } from '@eqia/core';
import type { AssessmentView } from '@eqia/sdk';
import { createElement } from 'react';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { refusal } from '../may.js';
import { msg } from '../messages/ui-language.js';
import type { OpenedClient } from '../open-client.js';
import { wrapLine } from '../output/wrap.js';
import { buildSteps } from './build-steps.js';
import { WizardController } from './controller.js';
import { lockedBecause } from './locked.js';
import { rememberPosition, stoppedPosition } from './positions.js';
import { startStep } from './start-step.js';
import { afterTitle } from './steps/policy.js';

export interface WizardOptions {
  /** Continue this assessment (`eqia edit <id>`); otherwise start a new one. */
  resume?: string;
  /** Open at this section or step id. */
  section?: string;
  /** For a new assessment. */
  id?: string;
  title?: string;
  /** The title in Welsh, already asked (a body that publishes in Welsh). */
  welshTitle?: string;
}

/** A message wrapped at spaces to the terminal's width (the wizard runs only in a terminal). */
const wrapped = (ctx: CliContext, line: string) =>
  `${wrapLine(line, Math.max(40, (ctx.columns() ?? 80) - 1)).join('\n')}\n`;

/** Run the Ink wizard to the end or until the user quits; every answer is already saved either way. */
export async function runWizard(
  ctx: CliContext,
  { client, profile, store }: OpenedClient,
  options: WizardOptions,
): Promise<ExitCode> {
  const { render } = await import('ink');
  const { WizardApp } = await import('./WizardApp.js');
  let view: AssessmentView;
  if (options.resume) {
    view = await client.get(options.resume);
    const refused = refusal(client.user, view.assessment, 'edit');
    if (refused) throw refused;
    if (!(view.status.state in editableSections)) {
      ctx.writeError(wrapped(ctx, lockedBecause('policy', view.status, view.assessment.id) ?? ''));
      return ExitCode.invalidTransition;
    }
  } else {
    const { askTitles } = await import('./ask-titles.js');
    const { title, welshTitle } = await askTitles(profile, options);
    view = await client.create({ title, ...(options.id && { id: options.id }) });
    const created = view.assessment.id;
    if (welshTitle)
      view = await client.edit(created, 'policy', (_policy, welsh) => welsh.set('title', welshTitle), {
        expectedVersion: view.version,
      });
    ctx.write(wrapped(ctx, msg.wizard.created({ id: created })));
  }
  const steps = buildSteps(profile);
  const id = view.assessment.id;
  // A new assessment's title was just asked: never twice.
  const stopped = !options.resume
    ? afterTitle
    : options.section === undefined
      ? await stoppedPosition(ctx, store.location, id)
      : undefined;
  const controller = new WizardController(
    client,
    steps,
    view,
    stopped ?? startStep(steps, view, options.section),
    () => ctx.now().toISOString().slice(0, 10),
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
  await rememberPosition(ctx, store.location, id, how === 'quit' ? controller.stoppedAt : undefined);
  if (how === 'done') {
    ctx.write(wrapped(ctx, msg.wizard.done({ id })));
    return ExitCode.ok;
  }
  const saved = controller.getState().saved.length;
  const at = controller.stoppedAt;
  const lines = [msg.wizard.stopped({ saved }), msg.wizard.continueWith({ id, at: at?.label ?? '' })];
  ctx.write(lines.map((line) => wrapped(ctx, line)).join(''));
  return ExitCode.cancelled;
}
