import { InvalidTransitionError } from '@eqia/core/light';
import { parseCommandArgs, requirePositional } from '../args.js';
import type { Command } from '../command.js';
import { ExitCode } from '../exit-codes.js';
import { refusal } from '../may.js';
import { msg } from '../messages/ui-language.js';
import { withClient } from '../open-client.js';
import { reportChange } from '../output/change.js';
import { profileName, stageAttestation } from '../output/profile-names.js';
import { aside } from '../output/say.js';
import { stateLabel } from '../output/state-label.js';
import { terminalSafe } from '../output/terminal-text.js';
import { viewTitle } from '../output/welsh-marks.js';
import { ensureCanPrompt } from '../prompt-guard.js';

export const command: Command = {
  help: () => msg.help.commands.approve,
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx, {
      attest: { type: 'boolean' },
      comment: { type: 'string' },
    });
    const id = requirePositional(ctx, positionals, 0, 'id');
    if (!values.attest) ensureCanPrompt(ctx, '--attest', msg.approve.attestNeeded);
    return withClient(ctx, values, 'write', async ({ client }) => {
      if (!values.attest) {
        const view = await client.get(id);
        if (!view.status.stage)
          throw new InvalidTransitionError(
            msg.approve.notInReview({
              title: terminalSafe(viewTitle(view)),
              state: stateLabel(view.status, view.assessment.approvalChain),
            }),
            view.status.state,
            'approve',
          );
        const refused = refusal(client.user, view.assessment, 'approve', view.status.stage);
        if (refused) throw refused;
        const stage = view.assessment.approvalChain.find((candidate) => candidate.id === view.status.stage);
        const { askConfirm } = await import('../prompts/ask.js');
        const accepted = await askConfirm({
          message: stage
            ? msg.approve.acceptThis({
                stage: profileName('approvalChain', stage),
                attestation: stageAttestation(stage),
              })
            : msg.approve.approveQuestion,
        });
        if (!accepted) {
          aside(ctx, msg.approve.notAccepted);
          return ExitCode.usage;
        }
      }
      const view = await client.approve(id, values.comment ? { comment: values.comment } : {});
      return reportChange(ctx, values.json, view, msg.change.approved);
    });
  },
};
