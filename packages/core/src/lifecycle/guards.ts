import { assertEvent } from 'xstate';
import { blockingFindings, type Finding } from '../checks/finding.js';
import { appliedEdit } from '../edits/apply-edit.js';
import {
  BlockedByFindingsError,
  EqiaError,
  ForbiddenError,
  InvalidTransitionError,
  ValidationError,
} from '../errors.js';
import { englishLifecycleWords, lifecycleTold } from '../labels/lifecycle-words.js';
import type { Assessment } from '../schema/assessment.js';
import type { IsoDateTime } from '../schema/common.js';
import type { ScreeningDecisionKind } from '../schema/screening.js';
import type { SectionId } from '../schema/section.js';
import { authorise } from './authorise.js';
import type { MachineEvent } from './events.js';

/** The due-regard checks as the machine sees them: the SDK binds the profile. */
export type CheckAssessment = (assessment: Assessment, at: IsoDateTime) => Finding[];

export interface LifecycleContext {
  assessment: Assessment;
}

/** Where a routed transition leads when the screening decision picks between two targets. */
export type ReturnTo = 'assessing' | 'screened_out';

/**
 * A guard's answer: `undefined` allows the transition; an error refuses it and says why; `otherRoute` means
 * this transition is not the one for the event (a sibling transition with another target takes it).
 */
export const otherRoute = Symbol('another transition takes this event');
export type GuardOutcome = undefined | EqiaError | typeof otherRoute;

/** One guard of the machine, as a check that explains its refusal. */
export type Check<P = undefined> = (
  context: LifecycleContext,
  event: MachineEvent,
  params: P,
) => GuardOutcome;

const returnTo = (assessment: Assessment): ReturnTo =>
  assessment.screening.decision?.kind === 'not_required' ? 'screened_out' : 'assessing';

function findingsBlock(check: CheckAssessment, assessment: Assessment, at: IsoDateTime, doing: string) {
  const blocking = blockingFindings(check(assessment, at));
  if (blocking.length === 0) return undefined;
  return new BlockedByFindingsError(
    `Cannot ${doing} while ${blocking.length} error-level finding${blocking.length === 1 ? '' : 's'} remain${
      blocking.length === 1 ? 's' : ''
    }: ${blocking.map((f) => f.message).join('; ')}`,
    blocking,
  );
}

function stageMatches(
  assessment: Assessment,
  current: string,
  asked: string,
  event: 'approve' | 'requestChanges',
) {
  if (asked === current) return undefined;
  const known = assessment.approvalChain.some((stage) => stage.id === asked);
  const values = { current, doing: event, asked };
  const { message, options } = lifecycleTold(known ? 'otherStage' : 'unknownStage', values);
  const doing = englishLifecycleWords.atStage[event] ?? event;
  return new InvalidTransitionError(message, `in_review.${current}`, doing, options);
}

/** Input that does not fit the assessment (a comment, an action, a revision it names), as data. */
const invalid = ({ message, options }: ReturnType<typeof lifecycleTold>) =>
  new ValidationError(message, [], options);

/** Every transition is authorised first (authorise.ts): who may, then whether the state and content allow. */
const authorised =
  <P>(check: Check<P>): Check<P> =>
  (context, event, params) =>
    authorise(event.by, context.assessment, event) ?? check(context, event, params);

const allowed: Check = () => undefined;

/**
 * Every guard of the machine, by the name its transitions use: the machine's boolean guards and the
 * reasons `apply` gives for a refusal both come from this one table. `check` is the due-regard rule
 * engine with the profile bound.
 */
export function createGuardChecks(check: CheckAssessment) {
  const mayEdit: Check<{ sections: readonly SectionId[]; state: string }> = (
    { assessment },
    event,
    params,
  ) => {
    assertEvent(event, 'edit');
    const { section, patches } = event;
    if (!params.sections.includes(section)) {
      const { message, options } = lifecycleTold('sectionLocked', {
        section,
        state: params.state,
        editable: params.sections.join(', '),
      });
      return new InvalidTransitionError(message, params.state, 'edit', options);
    }
    // Judged on the assessment as it is; the lifecycle applies an edit once, before the machine.
    const applied = event.applied ?? appliedEdit(assessment, { section, patches });
    return applied instanceof EqiaError ? applied : undefined;
  };

  const mayScreen: Check<{ to: ScreeningDecisionKind }> = (_context, event, params) => {
    assertEvent(event, 'screen');
    return event.decision === params.to ? undefined : otherRoute;
  };

  const maySubmit: Check = ({ assessment }, event) =>
    findingsBlock(check, assessment, event.at, 'submit for review');

  const mayWithdrawSubmission: Check<{ to: ReturnTo }> = ({ assessment }, _event, params) =>
    returnTo(assessment) === params.to ? undefined : otherRoute;

  const mayComment: Check = ({ assessment }, event) => {
    assertEvent(event, 'comment');
    const { comment } = event;
    const comments = assessment.review.comments;
    if (comments.some((c) => c.id === comment.id)) {
      return invalid(lifecycleTold('commentExists', { id: comment.id }));
    }
    if (comment.replyTo && !comments.some((c) => c.id === comment.replyTo)) {
      return invalid(lifecycleTold('noReplyTarget', { id: comment.replyTo }));
    }
    return undefined;
  };

  const mayResolveComment: Check = ({ assessment }, event) => {
    assertEvent(event, 'resolveComment');
    const { commentId } = event;
    const comment = assessment.review.comments.find((c) => c.id === commentId);
    if (!comment) return invalid(lifecycleTold('noComment', { id: commentId }));
    if (comment.resolvedAt) return invalid(lifecycleTold('commentResolved', { id: commentId }));
    return undefined;
  };

  const mayApprove: Check<{ stage: string }> = ({ assessment }, event, params) => {
    assertEvent(event, 'approve');
    const refusal =
      stageMatches(assessment, params.stage, event.stage, 'approve') ??
      findingsBlock(check, assessment, event.at, 'approve');
    if (refusal) return refusal;
    const last = assessment.approvalChain.at(-1)?.id === params.stage;
    const screenedOut = returnTo(assessment) === 'screened_out';
    if (last && screenedOut && !assessment.approvalChain.some((s) => s.senior)) {
      const { message, options } = lifecycleTold('seniorNeeded');
      return new ForbiddenError(message, options);
    }
    return undefined;
  };

  const mayRequestChanges: Check<{ stage: string; to: ReturnTo }> = ({ assessment }, event, params) => {
    if (returnTo(assessment) !== params.to) return otherRoute;
    assertEvent(event, 'requestChanges');
    return stageMatches(assessment, params.stage, event.stage, 'requestChanges');
  };

  const mayUpdateAction: Check = ({ assessment }, event) => {
    assertEvent(event, 'updateAction');
    const { actionId } = event;
    if (!assessment.actions.some((a) => a.id === actionId)) {
      const actions = assessment.actions.map((a) => a.id).join(', ');
      return invalid(lifecycleTold('noAction', { id: actionId, actions }));
    }
    return undefined;
  };

  const maySupersede: Check = ({ assessment }, event) => {
    assertEvent(event, 'supersede');
    if (event.supersededBy === assessment.id) {
      return invalid(lifecycleTold('supersedeItself'));
    }
    return undefined;
  };

  return {
    mayEdit: authorised(mayEdit),
    mayScreen: authorised(mayScreen),
    maySubmit: authorised(maySubmit),
    mayWithdrawSubmission: authorised(mayWithdrawSubmission),
    mayComment: authorised(mayComment),
    mayResolveComment: authorised(mayResolveComment),
    mayGiveVerdict: authorised(allowed),
    mayApprove: authorised(mayApprove),
    mayRequestChanges: authorised(mayRequestChanges),
    mayPublish: authorised(allowed),
    mayReaffirm: authorised(allowed),
    mayStartRevision: authorised(allowed),
    maySupersede: authorised(maySupersede),
    mayWithdraw: authorised(allowed),
    mayUpdateAction: authorised(mayUpdateAction),
    mayAddMonitoringNote: authorised(allowed),
  };
}

export type GuardChecks = ReturnType<typeof createGuardChecks>;
export type GuardName = keyof GuardChecks;
