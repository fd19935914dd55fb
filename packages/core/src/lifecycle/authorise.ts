import { ForbiddenError } from '../errors.js';
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
      return keepsPlan(actor, assessment, 'update the actions of');
    case 'addMonitoringNote':
      return keepsPlan(actor, assessment, 'add monitoring notes to');
    case 'comment':
      return notViewer(actor, 'comment');
    case 'resolveComment':
      return notViewer(actor, 'resolve comments');
    case 'supersede':
      return notViewer(actor, 'supersede');
    case 'verdict':
      return (
        edited(actor, assessment, 'give verdicts on') ??
        givesVerdicts(actor, assessment) ??
        insider(actor, assessment, 'give verdicts on')
      );
    case 'approve':
      return (
        edited(actor, assessment, 'approve') ??
        stageRole(actor, assessment, event.stage, 'approve') ??
        insider(actor, assessment, 'approve')
      );
    case 'requestChanges':
      return (
        edited(actor, assessment, 'request changes on') ??
        stageRole(actor, assessment, event.stage, 'request changes') ??
        insider(actor, assessment, 'request changes on')
      );
    case 'reaffirm':
      return reaffirms(actor, assessment);
  }
}

export function mayCreate(actor: Actor): ForbiddenError | undefined {
  if (has(actor, 'author', 'contributor', 'admin')) return undefined;
  return new ForbiddenError(
    `${actor.id} (${actor.roles.join(', ')}) may not create assessments: only authors, contributors and admins may. An admin can give them the author role.`,
  );
}

export function mayRecordHistory(actor: Actor): ForbiddenError | undefined {
  if (has(actor, 'equality_lead', 'admin')) return undefined;
  return new ForbiddenError(
    `${actor.id} may not import a record signed off outside eqia: only an equality lead or an admin may, as they keep the record of sign-offs. Import it without --historical as a draft, or ask them.`,
  );
}

/** Changing the profile and importing assessments (which writes history nobody here recorded). */
export function mayManageProfile(actor: Actor, doing: string): ForbiddenError | undefined {
  if (has(actor, 'admin')) return undefined;
  return new ForbiddenError(`${actor.id} may not ${doing}: only an admin may. Ask an admin of the profile.`);
}

const has = (actor: Actor, ...roles: Role[]) => actor.roles.some((role) => roles.includes(role));

const listedOn = (actor: Actor, { createdBy, policy }: Assessment) =>
  actor.id === createdBy || actor.id === policy.owner || policy.contributors.includes(actor.id);

function writesContent(actor: Actor, assessment: Assessment) {
  if (has(actor, 'admin')) return undefined;
  const writer = has(actor, 'author', 'contributor');
  if (writer && listedOn(actor, assessment)) return undefined;
  const why = writer
    ? `is not its author, owner or a listed contributor: ask ${assessment.createdBy} to add them to policy.contributors`
    : `holds no author or contributor role (${actor.roles.join(', ')})`;
  return new ForbiddenError(`${actor.id} may not change assessment ${assessment.id}: ${actor.id} ${why}.`);
}

/** After sign-off the action plan and monitoring are kept by the equality leads as well as the writers. */
function keepsPlan(actor: Actor, assessment: Assessment, doing: string) {
  if (has(actor, 'equality_lead') || !writesContent(actor, assessment)) return undefined;
  return new ForbiddenError(
    `${actor.id} may not ${doing} assessment ${assessment.id}: only its author, owner or listed contributors (with the author or contributor role), an equality lead or an admin may.`,
  );
}

function submitter(actor: Actor, assessment: Assessment) {
  if (actor.id === assessment.createdBy || actor.id === assessment.policy.owner) return undefined;
  return new ForbiddenError(
    `${actor.id} may not withdraw the submission: only its author (${assessment.createdBy}) or the policy owner may.`,
  );
}

function notViewer(actor: Actor, doing: string) {
  if (actor.roles.some((role) => role !== 'viewer')) return undefined;
  return new ForbiddenError(
    `${actor.id} is a viewer and may not ${doing}: ask an author, reviewer or admin.`,
  );
}

const reviews = (actor: Actor, assessment: Assessment) =>
  has(actor, 'equality_lead', 'approver') ||
  assessment.approvalChain.some((stage) => actor.roles.includes(stage.role));

function givesVerdicts(actor: Actor, assessment: Assessment) {
  if (reviews(actor, assessment)) return undefined;
  return new ForbiddenError(
    `${actor.id} may not give section verdicts: only reviewers (an equality lead, an approver or a role of the approval chain) may.`,
  );
}

function reaffirms(actor: Actor, assessment: Assessment) {
  if (reviews(actor, assessment)) return undefined;
  return new ForbiddenError(
    `${actor.id} may not reaffirm the assessment: only an approver or an equality lead may.`,
  );
}

/** The stage the event names; an unknown stage is the lifecycle's to refuse (it names the stage waited on). */
function stageRole(actor: Actor, assessment: Assessment, stageId: string, doing: string) {
  const stage = assessment.approvalChain.find((s) => s.id === stageId);
  if (!stage || actor.roles.includes(stage.role)) return undefined;
  return new ForbiddenError(
    `${actor.id} may not ${doing} at the "${stage.label}" stage: only a user with the ${stage.role} role may.`,
  );
}

/** Reviewers may not judge what they wrote: the assessment lists everyone who edited it. */
function edited(actor: Actor, assessment: Assessment, doing: string) {
  if (!assessment.editors.includes(actor.id)) return undefined;
  return new ForbiddenError(
    `${actor.id} edited assessment ${assessment.id}, so may not ${doing} it: someone independent of its content must.`,
  );
}

/** The author, the owner and the contributors wrote the policy, so none of them may review it. */
function insider(actor: Actor, { createdBy, policy }: Assessment, doing: string) {
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
