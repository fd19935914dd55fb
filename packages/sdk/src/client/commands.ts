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
import { actorOf, type ClientContext } from './context.js';
import { supersedeOnSignOff } from './revisions.js';
import type { EqiaClient, LifecycleCommandName, SectionRecipe } from './types.js';

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
  const run = async (id: string, build: (input: CommandInput) => AssessmentEvent) =>
    viewOf(context, await runCommand(context, id, build, source));

  return {
    edit: <S extends SectionId>(id: string, section: S, recipe: SectionRecipe<S>) =>
      run(id, (input) => {
        const before = input.stored.snapshot.assessment;
        const { assessment, patches } = editSection(before, section, recipe);
        if (patches.length === 0) {
          throw new ValidationError(`The edit of "${section}" changes nothing: nothing was recorded.`);
        }
        if (section === 'analysis') refuseUnknownCharacteristics(before, assessment, input.profile);
        return { type: 'edit', ...meta(input), section, patches };
      }),
    screen: (id, decision) =>
      run(id, (input) => ({
        type: 'screen',
        ...meta(input),
        decision: decision.kind,
        rationale: decision.rationale,
      })),
    submit: (id) => run(id, (input) => ({ type: 'submit', ...meta(input) })),
    withdrawSubmission: (id) => run(id, (input) => ({ type: 'withdrawSubmission', ...meta(input) })),
    comment: (id, { section, body, replyTo }) =>
      run(id, (input) => ({
        type: 'comment',
        ...meta(input),
        comment: { id: context.newId(), section, body, ...(replyTo && { replyTo }) },
      })),
    resolveComment: (id, commentId) =>
      run(id, (input) => ({ type: 'resolveComment', ...meta(input), commentId })),
    verdict: (id, { section, verdict, comment = '' }) =>
      run(id, (input) => ({ type: 'verdict', ...meta(input), section, verdict, comment })),
    approve: async (id, { comment = '' } = {}) => {
      const committed: Committed = await runCommand(
        context,
        id,
        (input) => {
          const stage = currentStage(input);
          return {
            type: 'approve',
            ...meta(input),
            stage: stage.id,
            attestation: stage.attestation,
            comment,
          };
        },
        source,
      );
      await supersedeOnSignOff(context, committed);
      return viewOf(context, committed);
    },
    requestChanges: (id, { comment }) =>
      run(id, (input) => ({
        type: 'requestChanges',
        ...meta(input),
        stage: currentStage(input).id,
        comment,
      })),
    publish: (id, { location, format = 'html' }) =>
      run(id, (input) => ({ type: 'publish', ...meta(input), location, format })),
    reaffirm: (id, { nextReviewDate, note = '' }) =>
      run(id, (input) => ({ type: 'reaffirm', ...meta(input), nextReviewDate, note })),
    withdraw: (id, { reason }) => run(id, (input) => ({ type: 'withdraw', ...meta(input), reason })),
    updateAction: (id, actionId, { status, note = '' }) =>
      run(id, (input) => ({ type: 'updateAction', ...meta(input), actionId, status, note })),
    addMonitoringNote: (id, note) =>
      run(id, (input) => ({ type: 'addMonitoringNote', ...meta(input), note })),
  };
}
