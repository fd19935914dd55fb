import { assertEvent } from 'xstate';
import { blockingFindings, type Finding } from '../checks/finding.js';
import { applySectionPatches } from '../edits/apply-edit.js';
import {
  BlockedByFindingsError,
  EqiaError,
  ForbiddenError,
  InvalidTransitionError,
  ValidationError,
} from '../errors.js';
import type { Assessment } from '../schema/assessment.js';
import type { IsoDateTime } from '../schema/common.js';
import type { Role } from '../schema/profile.js';
import type { ScreeningDecisionKind } from '../schema/screening.js';
import type { SectionId } from '../schema/section.js';
import type { Actor, MachineEvent } from './events.js';

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

const reviewerRoles: readonly Role[] = ['equality_lead', 'approver'];

const isWriter = (actor: Actor) => actor.roles.some((role) => role !== 'viewer');
const returnTo = (assessment: Assessment): ReturnTo =>
  assessment.screening.decision?.kind === 'not_required' ? 'screened_out' : 'assessing';

/** The author, the owner and the contributors wrote it, so none of them may review or approve it. */
function selfReview(assessment: Assessment, actor: Actor, doing: string): EqiaError | undefined {
  const { createdBy, policy } = assessment;
  const relation =
    actor.id === createdBy
      ? 'created'
      : actor.id === policy.owner
        ? 'owns'
        : policy.contributors.includes(actor.id)
          ? 'contributed to'
          : undefined;
  if (!relation) return undefined;
  return new ForbiddenError(
    `${actor.id} ${relation} this assessment, so may not ${doing} it: someone independent of the policy must.`,
  );
}

function writer(actor: Actor, doing: string): EqiaError | undefined {
  if (isWriter(actor)) return undefined;
  return new ForbiddenError(
    `${actor.id} is a viewer and may not ${doing}: ask an author, reviewer or admin.`,
  );
}

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

function stageMatches(assessment: Assessment, current: string, asked: string, doing: string) {
  if (asked === current) return undefined;
  const known = assessment.approvalChain.some((stage) => stage.id === asked);
  return new InvalidTransitionError(
    `The assessment waits on the "${current}" stage, so cannot ${doing} "${asked}"${
      known ? '' : ' (no such stage in its approval chain)'
    }.`,
    `in_review.${current}`,
    doing,
  );
}

function holdsStageRole(assessment: Assessment, stageId: string, actor: Actor, doing: string) {
  const stage = assessment.approvalChain.find((s) => s.id === stageId);
  if (stage && actor.roles.includes(stage.role)) return undefined;
  return new ForbiddenError(
    `${actor.id} may not ${doing} at the "${stage?.label ?? stageId}" stage: only a user with the ${stage?.role} role may.`,
  );
}

const isReviewer = (assessment: Assessment, actor: Actor) =>
  actor.roles.some((role) => reviewerRoles.includes(role)) ||
  assessment.approvalChain.some((stage) => actor.roles.includes(stage.role));

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
    const { section, patches, by } = event;
    if (!params.sections.includes(section)) {
      return new InvalidTransitionError(
        `The "${section}" section cannot be edited while the assessment is ${params.state}; editable now: ${params.sections.join(', ')}.`,
        params.state,
        'edit',
      );
    }
    const refusal = writer(by, 'edit');
    if (refusal) return refusal;
    // The applyEdit action patches again: the edit is judged here, on the assessment as it is.
    try {
      applySectionPatches(assessment, section, patches);
      return undefined;
    } catch (error) {
      if (error instanceof EqiaError) return error;
      throw error;
    }
  };

  const mayScreen: Check<{ to: ScreeningDecisionKind }> = (_context, event, params) => {
    assertEvent(event, 'screen');
    if (event.decision !== params.to) return otherRoute;
    return writer(event.by, 'screen');
  };

  const maySubmit: Check = ({ assessment }, event) =>
    writer(event.by, 'submit') ?? findingsBlock(check, assessment, event.at, 'submit for review');

  const mayWithdrawSubmission: Check<{ to: ReturnTo }> = ({ assessment }, event, params) => {
    if (returnTo(assessment) !== params.to) return otherRoute;
    if (event.by.id === assessment.createdBy || event.by.id === assessment.policy.owner) return undefined;
    return new ForbiddenError(
      `${event.by.id} may not withdraw the submission: only its author (${assessment.createdBy}) or the policy owner may.`,
    );
  };

  const mayComment: Check = ({ assessment }, event) => {
    assertEvent(event, 'comment');
    const { comment, by } = event;
    const comments = assessment.review.comments;
    if (comments.some((c) => c.id === comment.id)) {
      return new ValidationError(
        `A comment with id "${comment.id}" already exists: give the new comment a new id.`,
      );
    }
    if (comment.replyTo && !comments.some((c) => c.id === comment.replyTo)) {
      return new ValidationError(`The comment replies to "${comment.replyTo}", which does not exist.`);
    }
    return writer(by, 'comment');
  };

  const mayResolveComment: Check = ({ assessment }, event) => {
    assertEvent(event, 'resolveComment');
    const { commentId, by } = event;
    const comment = assessment.review.comments.find((c) => c.id === commentId);
    if (!comment) return new ValidationError(`There is no comment "${commentId}" to resolve.`);
    if (comment.resolvedAt) return new ValidationError(`Comment "${commentId}" is already resolved.`);
    return writer(by, 'resolve comments');
  };

  const mayGiveVerdict: Check = ({ assessment }, event) => {
    if (!isReviewer(assessment, event.by)) {
      return new ForbiddenError(
        `${event.by.id} may not give section verdicts: only reviewers (an equality lead, an approver or a role of the approval chain) may.`,
      );
    }
    return selfReview(assessment, event.by, 'give verdicts on');
  };

  const mayApprove: Check<{ stage: string }> = ({ assessment }, event, params) => {
    assertEvent(event, 'approve');
    const { stage, by, at } = event;
    const refusal =
      stageMatches(assessment, params.stage, stage, 'approve') ??
      holdsStageRole(assessment, params.stage, by, 'approve') ??
      selfReview(assessment, by, 'approve') ??
      findingsBlock(check, assessment, at, 'approve');
    if (refusal) return refusal;
    const last = assessment.approvalChain.at(-1)?.id === params.stage;
    const screenedOut = returnTo(assessment) === 'screened_out';
    if (last && screenedOut && !assessment.approvalChain.some((s) => s.senior)) {
      return new ForbiddenError(
        'A screening-out needs a senior stage’s approval, and this assessment’s approval chain has none: withdraw it and start again under a profile with a senior stage.',
      );
    }
    return undefined;
  };

  const mayRequestChanges: Check<{ stage: string; to: ReturnTo }> = ({ assessment }, event, params) => {
    if (returnTo(assessment) !== params.to) return otherRoute;
    assertEvent(event, 'requestChanges');
    const { stage, by } = event;
    return (
      stageMatches(assessment, params.stage, stage, 'request changes at') ??
      holdsStageRole(assessment, params.stage, by, 'request changes') ??
      selfReview(assessment, by, 'request changes on')
    );
  };

  const mayReaffirm: Check = ({ assessment }, event) => {
    if (isReviewer(assessment, event.by)) return undefined;
    return new ForbiddenError(
      `${event.by.id} may not reaffirm the assessment: only an approver or an equality lead may.`,
    );
  };

  const mayUpdateAction: Check = ({ assessment }, event) => {
    assertEvent(event, 'updateAction');
    const { actionId, by } = event;
    if (!assessment.actions.some((a) => a.id === actionId)) {
      return new ValidationError(
        `There is no action "${actionId}" in the action plan: actions: ${assessment.actions.map((a) => a.id).join(', ') || 'none'}.`,
      );
    }
    return writer(by, 'update actions');
  };

  const maySupersede: Check = ({ assessment }, event) => {
    assertEvent(event, 'supersede');
    if (event.supersededBy === assessment.id) {
      return new ValidationError('An assessment cannot supersede itself: give the id of the new revision.');
    }
    return writer(event.by, 'supersede');
  };

  const mayAct =
    (doing: string): Check =>
    (_context, event) =>
      writer(event.by, doing);

  return {
    mayEdit,
    mayScreen,
    maySubmit,
    mayWithdrawSubmission,
    mayComment,
    mayResolveComment,
    mayGiveVerdict,
    mayApprove,
    mayRequestChanges,
    mayPublish: mayAct('publish'),
    mayReaffirm,
    mayStartRevision: mayAct('start a revision'),
    maySupersede,
    mayWithdraw: mayAct('withdraw the assessment'),
    mayUpdateAction,
    mayAddMonitoringNote: mayAct('add monitoring notes'),
  };
}

export type GuardChecks = ReturnType<typeof createGuardChecks>;
export type GuardName = keyof GuardChecks;
