import type { ForbiddenError } from '../errors.js';
import { type ProfileDuty, refuse, rolesValue } from '../labels/refusals.js';
import type { Assessment } from '../schema/assessment.js';
import type { Role } from '../schema/profile.js';
import type { Actor, AssessmentEvent } from './events.js';

/**
 * Who may do what: the one place eqia decides it. The lifecycle asks it of every event, live and in
 * replay (so an import is judged too), from the roles the event carries and what the assessment records
 * (author, owner, contributors, editors): never from the profile or the log.
 *
 * - authors, contributors and admins create assessments and start revisions (which are new ones);
 * - content (edit, screen, submit, withdraw) is written by the assessment's author, owner and listed
 *   contributors holding the author or contributor role, and by admins, who fix records when people
 *   move on; only the author or the owner withdraws a submission;
 * - equality leads also publish, update actions and add monitoring notes;
 * - anyone but a viewer comments, resolves comments and records a supersession;
 * - reviewers (equality leads, approvers, any role of the chain) give verdicts and reaffirm, and a stage's
 *   role approves or requests changes there; nobody judges an assessment whose content they edited, or
 *   one they created, own or contribute to;
 * - a record signed off outside eqia is imported as history by an equality lead or an admin, who keep
 *   the record of sign-offs (nobody in eqia approved it);
 * - only admins manage the profile and import assessment logs (the SDK asks `mayManageProfile`).
 */
export function authorise(
  actor: Actor,
  assessment: Assessment,
  event: AssessmentEvent,
): ForbiddenError | undefined {
  switch (event.type) {
    case 'create':
      return event.assessment.provenance?.signedOffOutside ? mayRecordHistory(actor) : mayCreate(actor);
    case 'startRevision':
      return mayCreate(actor);
    case 'edit':
    case 'screen':
    case 'submit':
    case 'withdraw':
      return writesContent(actor, assessment);
    case 'withdrawSubmission':
      return submitter(actor, assessment) ?? writesContent(actor, assessment);
    case 'publish':
      return keepsPlan(actor, assessment, 'publish');
    case 'updateAction':
      return keepsPlan(actor, assessment, 'updateAction');
    case 'addMonitoringNote':
      return keepsPlan(actor, assessment, 'addMonitoringNote');
    case 'comment':
      return notViewer(actor, 'comment');
    case 'resolveComment':
      return notViewer(actor, 'resolveComment');
    case 'supersede':
      return notViewer(actor, 'supersede');
    case 'verdict':
      return (
        edited(actor, assessment, 'verdict') ??
        givesVerdicts(actor, assessment) ??
        insider(actor, assessment, 'verdict')
      );
    case 'approve':
      return (
        edited(actor, assessment, 'approve') ??
        stageRole(actor, assessment, event.stage, 'approve') ??
        insider(actor, assessment, 'approve')
      );
    case 'requestChanges':
      return (
        edited(actor, assessment, 'requestChanges') ??
        stageRole(actor, assessment, event.stage, 'requestChanges') ??
        insider(actor, assessment, 'requestChanges')
      );
    case 'reaffirm':
      return reaffirms(actor, assessment);
  }
}

export function mayCreate(actor: Actor): ForbiddenError | undefined {
  if (has(actor, 'author', 'contributor', 'admin')) return undefined;
  return refuse('create', { actor: actor.id, roles: rolesValue(actor.roles) });
}

export function mayRecordHistory(actor: Actor): ForbiddenError | undefined {
  if (has(actor, 'equality_lead', 'admin')) return undefined;
  return refuse('recordHistory', { actor: actor.id });
}

/**
 * Changing the profile and importing assessments (which writes history nobody here recorded); `subject`
 * is what the duty names (the owner a key is registered for, the key revoked).
 */
export function mayManageProfile(actor: Actor, duty: ProfileDuty, subject = ''): ForbiddenError | undefined {
  if (has(actor, 'admin')) return undefined;
  return refuse('manageProfile', { actor: actor.id, duty, subject });
}

const has = (actor: Actor, ...roles: Role[]) => actor.roles.some((role) => roles.includes(role));

/** What a reviewer does, which nobody does to what they wrote. */
type Judging = 'verdict' | 'approve' | 'requestChanges';

const listedOn = (actor: Actor, { createdBy, policy }: Assessment) =>
  actor.id === createdBy || actor.id === policy.owner || policy.contributors.includes(actor.id);

function writesContent(actor: Actor, assessment: Assessment) {
  if (has(actor, 'admin')) return undefined;
  const writer = has(actor, 'author', 'contributor');
  if (writer && listedOn(actor, assessment)) return undefined;
  const { id } = assessment;
  return writer
    ? refuse('notListed', { actor: actor.id, id, author: assessment.createdBy })
    : refuse('noWriterRole', { actor: actor.id, id, roles: rolesValue(actor.roles) });
}

/** After sign-off the action plan and monitoring are kept by the equality leads as well as the writers. */
function keepsPlan(
  actor: Actor,
  assessment: Assessment,
  doing: 'publish' | 'updateAction' | 'addMonitoringNote',
) {
  if (has(actor, 'equality_lead') || !writesContent(actor, assessment)) return undefined;
  return refuse('keepsPlan', { actor: actor.id, id: assessment.id, doing });
}

function submitter(actor: Actor, assessment: Assessment) {
  if (actor.id === assessment.createdBy || actor.id === assessment.policy.owner) return undefined;
  return refuse('submitter', { actor: actor.id, author: assessment.createdBy });
}

function notViewer(actor: Actor, doing: 'comment' | 'resolveComment' | 'supersede') {
  if (actor.roles.some((role) => role !== 'viewer')) return undefined;
  return refuse('viewer', { actor: actor.id, doing });
}

const reviews = (actor: Actor, assessment: Assessment) =>
  has(actor, 'equality_lead', 'approver') ||
  assessment.approvalChain.some((stage) => actor.roles.includes(stage.role));

function givesVerdicts(actor: Actor, assessment: Assessment) {
  if (reviews(actor, assessment)) return undefined;
  return refuse('verdicts', { actor: actor.id });
}

function reaffirms(actor: Actor, assessment: Assessment) {
  if (reviews(actor, assessment)) return undefined;
  return refuse('reaffirm', { actor: actor.id });
}

/** The stage the event names; an unknown stage is the lifecycle's to refuse (it names the stage waited on). */
function stageRole(
  actor: Actor,
  assessment: Assessment,
  stageId: string,
  doing: 'approve' | 'requestChanges',
) {
  const stage = assessment.approvalChain.find((s) => s.id === stageId);
  if (!stage || actor.roles.includes(stage.role)) return undefined;
  return refuse('stage', { actor: actor.id, doing, stage: stage.label, role: stage.role });
}

/** Reviewers may not judge what they wrote: the assessment lists everyone who edited it. */
function edited(actor: Actor, assessment: Assessment, doing: Judging) {
  if (!assessment.editors.includes(actor.id)) return undefined;
  return refuse('edited', { actor: actor.id, id: assessment.id, doing });
}

/** The author, the owner and the contributors wrote the policy, so none of them may review it. */
function insider(actor: Actor, { createdBy, policy }: Assessment, doing: Judging) {
  const relation =
    actor.id === createdBy
      ? 'created'
      : actor.id === policy.owner
        ? 'owns'
        : policy.contributors.includes(actor.id)
          ? 'contributedTo'
          : undefined;
  if (!relation) return undefined;
  return refuse('insider', { actor: actor.id, relation, doing });
}
