import {
  type AssessmentEvent,
  type EqiaError,
  type ErrorCode,
  type PersistedSnapshot,
  type SectionId,
  sectionIds,
  ValidationError,
} from '@eqia/core';
import type { ClientErrorWords } from '../language/errors.js';
import { readAssessment } from './command-runner.js';
import { actorOf, type ClientContext, userIn } from './context.js';
import { refuseSecondRevision } from './revisions.js';
import type { LifecycleCommandName } from './types.js';

/** Whether the user may do one thing now; a refusal carries core's reason, as the command would throw it. */
export type Permission =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly code: ErrorCode; readonly reason: string };

/** What `client.allowed(id)` answers: every command on the assessment, and every section's edit. */
export interface Permissions {
  readonly commands: Readonly<Record<LifecycleCommandName | 'startRevision', Permission>>;
  /** Whether an edit of each section would be accepted now (`commands.edit`: of any section). */
  readonly sections: Readonly<Record<SectionId, Permission>>;
}

/** An event without its actor and time, which the probe adds. */
type Probe = AssessmentEvent extends infer E ? (E extends unknown ? Omit<E, 'by' | 'at'> : never) : never;
type ProbeOf = Record<Exclude<keyof Permissions['commands'], 'edit'>, Probe | EqiaError>;

const allowed: Permission = { allowed: true };

/**
 * What the user may do with the assessment now, each refusal with its reason. Nothing is recorded: each
 * command's event is built as the command would build it (its details stand-ins, where the reason
 * cannot depend on them) and put to the lifecycle, which asks core's `authorise`, the state and the
 * due-regard checks exactly as the command would be judged.
 */
export async function permissionsFor(context: ClientContext, id: string): Promise<Permissions> {
  const [stored, profile] = await Promise.all([readAssessment(context, id), context.profile()]);
  const words = context.language.errors(profile);
  const user = userIn(profile, context.userId, words);
  // A refusal's reason in the user's language, as the command would throw it.
  const refused = (error: EqiaError): Permission => {
    const told = context.language.told(error, profile);
    return { allowed: false, code: told.code, reason: told.message };
  };
  const lifecycle = context.lifecycle(profile);
  const meta = { by: actorOf(user), at: context.clock().toISOString() };
  const judge = (probe: Probe | EqiaError): Permission => {
    if (!('type' in probe)) return refused(probe);
    const refusal = lifecycle.refusal(stored.snapshot, { ...probe, ...meta } as AssessmentEvent);
    return refusal ? refused(refusal) : allowed;
  };

  const sections = Object.fromEntries(
    sectionIds.map((section) => [section, judge(editProbe(stored.snapshot, section))]),
  ) as Record<SectionId, Permission>;
  const firstAllowed = Object.values(sections).find((permission) => permission.allowed);
  const probes = commandProbes(stored.snapshot, words);
  const commands = Object.fromEntries(
    Object.entries(probes).map(([name, probe]) => [name, judge(probe as Probe | EqiaError)]),
  ) as Record<keyof Permissions['commands'], Permission>;
  commands.edit = firstAllowed ?? sections.policy;
  if (commands.startRevision.allowed) {
    const second = await refuseSecondRevision(context, stored.events).then(
      () => undefined,
      (error: EqiaError) => error,
    );
    if (second) commands.startRevision = refused(second);
  }
  return { commands, sections };
}

/** An edit that writes the section back as it is: judged for who and when, never for its content. */
const editProbe = (snapshot: PersistedSnapshot, section: SectionId): Probe => ({
  type: 'edit',
  section,
  patches: [{ op: 'replace', path: [section], value: snapshot.assessment[section] }],
});

function commandProbes({ assessment, status }: PersistedSnapshot, words: ClientErrorWords): ProbeOf {
  const stage = status.stage ?? assessment.approvalChain[0]?.id ?? 'none';
  const attestation = assessment.approvalChain.find((s) => s.id === stage)?.attestation || 'attested';
  const openComment = assessment.review.comments.find((comment) => !comment.resolvedAt);
  const action = assessment.actions[0];
  return {
    screen: {
      type: 'screen',
      decision: assessment.screening.decision?.kind ?? 'full_assessment',
      rationale: 'why',
    },
    submit: { type: 'submit' },
    withdrawSubmission: { type: 'withdrawSubmission' },
    comment: { type: 'comment', comment: { id: 'allowed-probe', section: 'policy', body: 'a comment' } },
    resolveComment: openComment
      ? { type: 'resolveComment', commentId: openComment.id }
      : new ValidationError(words.noOpenComment),
    verdict: { type: 'verdict', section: 'policy', verdict: 'acceptable', comment: '' },
    approve: { type: 'approve', stage, attestation, comment: '' },
    requestChanges: { type: 'requestChanges', stage, comment: 'what to change' },
    publish: { type: 'publish', location: 'where', format: 'html' },
    reaffirm: { type: 'reaffirm', nextReviewDate: '2099-01-01', note: '' },
    startRevision: { type: 'startRevision', revisionId: 'allowed-probe' },
    withdraw: { type: 'withdraw', reason: 'why' },
    updateAction: action
      ? { type: 'updateAction', actionId: action.id, status: action.status, note: '' }
      : new ValidationError(words.noActions),
    addMonitoringNote: { type: 'addMonitoringNote', note: 'a note' },
  };
}
