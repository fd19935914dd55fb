import {
  type Assessment,
  type AssessmentEvent,
  ForbiddenError,
  type RecordedEvent,
  type Role,
  type User,
} from '@eqia/core';

/**
 * Who may do what, beyond what the lifecycle machine already guards from the event's actor (stage roles,
 * self-approval by author/owner/contributor, viewers writing, the senior stage for screening-outs).
 * These are the rules the machine cannot know: which assessments a user is listed on, what the log says
 * they did, and who manages the profile.
 *
 * - authors, contributors and admins create assessments (and start revisions, which are new ones);
 * - an assessment's content is written by its author, its owner and its listed contributors (holding the
 *   author or contributor role), and by admins, who fix records when people move on;
 * - after sign-off, action status and monitoring notes are also kept by equality leads, and publishing
 *   is also done by equality leads;
 * - reviewers comment, give verdicts, approve and request changes as the machine allows, but never on an
 *   assessment whose content they edited;
 * - viewers only read; only admins import assessments and change the profile.
 */

const has = (user: User, ...roles: Role[]) => user.roles.some((role) => roles.includes(role));

const listedOn = (user: User, assessment: Assessment) =>
  user.id === assessment.createdBy ||
  user.id === assessment.policy.owner ||
  assessment.policy.contributors.includes(user.id);

export function mayCreate(user: User): ForbiddenError | undefined {
  if (has(user, 'author', 'contributor', 'admin')) return undefined;
  return new ForbiddenError(
    `${user.id} (${user.roles.join(', ')}) may not create assessments: only authors, contributors and admins may. An admin can give them the author role.`,
  );
}

/** Whether the user writes this assessment's content. */
export function mayWrite(user: User, assessment: Assessment): ForbiddenError | undefined {
  if (has(user, 'admin')) return undefined;
  if (has(user, 'author', 'contributor') && listedOn(user, assessment)) return undefined;
  const why = has(user, 'author', 'contributor')
    ? `is not its author, owner or a listed contributor: ask ${assessment.createdBy} to add them to policy.contributors`
    : `holds no author or contributor role (${user.roles.join(', ')})`;
  return new ForbiddenError(`${user.id} may not change assessment ${assessment.id}: ${user.id} ${why}.`);
}

/** Reviewers may not judge what they wrote: anyone with an edit in the log is out. */
function editedBy(user: User, assessment: Assessment, log: readonly RecordedEvent[], doing: string) {
  const edited = log.some((entry) => {
    const event = entry.event as AssessmentEvent;
    return event.type === 'edit' && event.by.id === user.id;
  });
  if (!edited) return undefined;
  return new ForbiddenError(
    `${user.id} edited assessment ${assessment.id}, so may not ${doing} it: someone independent of its content must.`,
  );
}

/**
 * The client's refusal for an event about to be applied, or undefined to let the machine judge it.
 * `log` is the assessment's recorded history before the event.
 */
export function refuseEvent(
  user: User,
  assessment: Assessment,
  log: readonly RecordedEvent[],
  event: AssessmentEvent,
): ForbiddenError | undefined {
  switch (event.type) {
    case 'edit':
    case 'screen':
    case 'submit':
    case 'withdrawSubmission':
    case 'withdraw':
      return mayWrite(user, assessment);
    case 'updateAction':
    case 'addMonitoringNote':
    case 'publish':
      return has(user, 'equality_lead') ? undefined : mayWrite(user, assessment);
    case 'verdict':
      return editedBy(user, assessment, log, 'give verdicts on');
    case 'approve':
      return editedBy(user, assessment, log, 'approve');
    case 'requestChanges':
      return editedBy(user, assessment, log, 'request changes on');
    case 'startRevision':
      return mayCreate(user);
    default:
      return undefined;
  }
}

export function mayManageProfile(user: User, doing: string): ForbiddenError | undefined {
  if (has(user, 'admin')) return undefined;
  return new ForbiddenError(`${user.id} may not ${doing}: only an admin may. Ask an admin of the profile.`);
}
