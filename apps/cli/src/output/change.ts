import type { AssessmentView } from '@eqia/sdk';
import type { CliContext } from '../context.js';
import { ExitCode } from '../exit-codes.js';
import { msg } from '../messages/ui-language.js';
import { writeJson } from './json.js';
import { say } from './say.js';
import { stateLabel } from './state-label.js';
import { createStyle } from './style.js';
import { terminalSafe } from './terminal-text.js';
import { viewTitle } from './welsh-marks.js';

/**
 * Report a change that succeeded: one line for people (naming the assessment as `eqia list` does, in
 * the run's language), the whole view with --json.
 */
export function reportChange(
  ctx: CliContext,
  json: boolean | undefined,
  view: AssessmentView,
  what: string,
): ExitCode {
  if (json) {
    writeJson(ctx, view);
    return ExitCode.ok;
  }
  const style = createStyle(ctx.color);
  say(
    ctx,
    `${style.green('✓')} ${msg.change.done({
      what,
      title: terminalSafe(viewTitle(view)),
      id: view.assessment.id,
      state: style.bold(stateLabel(view.status, view.assessment.approvalChain)),
    })}`,
  );
  return ExitCode.ok;
}
