import { type AssessmentEvent, editSection, type SectionId, ValidationError } from '@eqia/core';
import { refuseUnknownCharacteristics } from './characteristic-keys.js';
import {
  type CommandInput,
  type CommandSource,
  type Committed,
  fromStore,
  runCommand,
  viewOf,
} from './command-runner.js';
import { actorOf, type ClientContext, signerOf } from './context.js';
import { supersedeOnSignOff } from './revisions.js';
import { signSignOff } from './sign-off.js';
import type { EqiaClient, LifecycleCommandName, SectionRecipe, WriteOptions } from './types.js';

type LifecycleCommands = Pick<EqiaClient, LifecycleCommandName>;

/** The stage an approval or change request speaks for: the one the assessment waits on. */
function currentStage({ stored }: CommandInput) {
  const { status, assessment } = stored.snapshot;
  // Outside review there is no stage: name the first so the machine can say why it refuses.
  const stageId = status.stage ?? assessment.approvalChain[0]?.id ?? '';
  const stage = assessment.approvalChain.find((candidate) => candidate.id === stageId);
  return { id: stageId, attestation: stage?.attestation ?? '' };
}

/** The commands that add one event to one assessment's log, starting from what `source` gives. */
export function lifecycleCommands(
  context: ClientContext,
  source: CommandSource = fromStore,
): LifecycleCommands {
  const meta = (input: CommandInput) => ({ by: actorOf(input.user), at: input.at });
  // A sign-off records who signed as they are now, so it keeps naming them so whatever changes later.
  const signed = (input: CommandInput) => ({ ...meta(input), signer: signerOf(input.user) });
  const run = async (
    id: string,
    build: (input: CommandInput) => AssessmentEvent | Promise<AssessmentEvent>,
    options: WriteOptions | undefined,
  ) => viewOf(context, await runCommand(context, id, build, source, options));

  return {
    edit: <S extends SectionId>(id: string, section: S, recipe: SectionRecipe<S>, options?: WriteOptions) =>
      run(
        id,
        (input) => {
          const before = input.stored.snapshot.assessment;
          const { assessment, patches } = editSection(before, section, recipe);
          if (patches.length === 0) {
            const words = context.language.errors(input.profile);
            throw new ValidationError(words.nothingChanged({ section }));
          }
          refuseUnknownCharacteristics(before, assessment, section, input.profile);
          return { type: 'edit', ...meta(input), section, patches };
        },
        options,
      ),
    screen: (id, decision, options) =>
      run(
        id,
        (input) => ({
          type: 'screen',
          ...meta(input),
          decision: decision.kind,
          rationale: decision.rationale,
        }),
        options,
      ),
    submit: (id, options) => run(id, (input) => ({ type: 'submit', ...meta(input) }), options),
    withdrawSubmission: (id, options) =>
      run(id, (input) => ({ type: 'withdrawSubmission', ...meta(input) }), options),
    comment: (id, { section, body, replyTo }, options) =>
      run(
        id,
        (input) => ({
          type: 'comment',
          ...meta(input),
          comment: { id: context.newId(), section, body, ...(replyTo && { replyTo }) },
        }),
        options,
      ),
    resolveComment: (id, commentId, options) =>
      run(id, (input) => ({ type: 'resolveComment', ...meta(input), commentId }), options),
    verdict: (id, { section, verdict, comment = '' }, options) =>
      run(id, (input) => ({ type: 'verdict', ...meta(input), section, verdict, comment }), options),
    approve: async (id, { comment = '' } = {}, options) => {
      const committed: Committed = await runCommand(
        context,
        id,
        (input) => {
          const stage = currentStage(input);
          return signSignOff(context, input, {
            type: 'approve',
            ...signed(input),
            stage: stage.id,
            attestation: stage.attestation,
            comment,
          });
        },
        source,
        options,
      );
      await supersedeOnSignOff(context, committed);
      return viewOf(context, committed);
    },
    requestChanges: (id, { comment }, options) =>
      run(
        id,
        (input) => ({
          type: 'requestChanges',
          ...signed(input),
          stage: currentStage(input).id,
          comment,
        }),
        options,
      ),
    publish: (id, { location, format = 'html' }, options) =>
      run(
        id,
        (input) => signSignOff(context, input, { type: 'publish', ...signed(input), location, format }),
        options,
      ),
    reaffirm: (id, { nextReviewDate, note = '' }, options) =>
      run(
        id,
        (input) => signSignOff(context, input, { type: 'reaffirm', ...signed(input), nextReviewDate, note }),
        options,
      ),
    withdraw: (id, { reason }, options) =>
      run(id, (input) => ({ type: 'withdraw', ...meta(input), reason }), options),
    updateAction: (id, actionId, { status, note = '' }, options) =>
      run(id, (input) => ({ type: 'updateAction', ...meta(input), actionId, status, note }), options),
    addMonitoringNote: (id, note, options) =>
      run(id, (input) => ({ type: 'addMonitoringNote', ...meta(input), note }), options),
  };
}
