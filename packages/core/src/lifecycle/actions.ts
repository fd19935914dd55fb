import { type Draft, produce } from 'immer';
import { applySectionPatches } from '../edits/apply-edit.js';
import type { Assessment } from '../schema/assessment.js';
import type { ApprovalDecision } from '../schema/review.js';
import type { AssessmentEvent, EventOf } from './events.js';
import type { LifecycleContext } from './guards.js';

/**
 * What each accepted event does to the assessment. Each is a pure function of the context and the event;
 * the machine wraps them in `assign`. Results are frozen by immer: never mutate them.
 */
type Update = (assessment: Assessment, event: AssessmentEvent) => Assessment;

const change =
  (recipe: (draft: Draft<Assessment>, event: AssessmentEvent) => void): Update =>
  (assessment, event) =>
    produce(assessment, (draft) => recipe(draft, event));

const approval = (decision: ApprovalDecision): Update =>
  change((draft, event) => {
    const { stage, comment, by, at } = event as EventOf<'approve'> | EventOf<'requestChanges'>;
    const role = draft.approvalChain.find((s) => s.id === stage)?.role ?? 'approver';
    const attestation = event.type === 'approve' ? event.attestation : '';
    draft.review.approvals.push({ stage, decision, by: by.id, role, at, attestation, comment });
  });

export const updates = {
  applyEdit: (assessment: Assessment, event: AssessmentEvent) => {
    const { section, patches } = event as EventOf<'edit'>;
    return applySectionPatches(assessment, section, patches);
  },

  recordScreening: change((draft, event) => {
    const { decision, rationale, by, at } = event as EventOf<'screen'>;
    draft.screening.decision = { kind: decision, rationale, decidedBy: by.id, decidedAt: at };
  }),

  recordComment: change((draft, event) => {
    const { comment, by, at } = event as EventOf<'comment'>;
    const { replyTo, ...rest } = comment;
    draft.review.comments.push({ ...rest, by: by.id, at, ...(replyTo ? { replyTo } : {}) });
  }),

  resolveComment: change((draft, event) => {
    const { commentId, by, at } = event as EventOf<'resolveComment'>;
    const comment = draft.review.comments.find((c) => c.id === commentId);
    if (comment) Object.assign(comment, { resolvedBy: by.id, resolvedAt: at });
  }),

  recordVerdict: change((draft, event) => {
    const { section, verdict, comment, by, at } = event as EventOf<'verdict'>;
    draft.review.verdicts.push({ section, verdict, comment, by: by.id, at });
  }),

  recordApproval: approval('approved'),
  recordChangesRequest: approval('changes_requested'),

  recordPublication: change((draft, event) => {
    const { location, format, by, at } = event as EventOf<'publish'>;
    draft.publication = { location, format, publishedBy: by.id, publishedAt: at };
  }),

  recordReaffirmation: change((draft, event) => {
    const { nextReviewDate, note, by, at } = event as EventOf<'reaffirm'>;
    draft.monitoring.nextReviewDate = nextReviewDate;
    draft.monitoring.reaffirmations.push({ by: by.id, at, note, nextReviewDate });
  }),

  recordSupersession: change((draft, event) => {
    draft.supersededBy = (event as EventOf<'supersede'>).supersededBy;
  }),

  recordWithdrawal: change((draft, event) => {
    const { reason, by, at } = event as EventOf<'withdraw'>;
    draft.withdrawal = { reason, by: by.id, at };
  }),

  recordActionUpdate: change((draft, event) => {
    const { actionId, status, note, by, at } = event as EventOf<'updateAction'>;
    const action = draft.actions.find((a) => a.id === actionId);
    if (!action) return;
    action.status = status;
    action.updates.push({ status, note, by: by.id, at });
  }),

  recordMonitoringNote: change((draft, event) => {
    const { note, by, at } = event as EventOf<'addMonitoringNote'>;
    draft.monitoring.notes.push({ note, by: by.id, at });
  }),
} satisfies Record<string, Update>;

export type UpdateName = keyof typeof updates;

/** Applies a named update to the machine's context. */
export const updateContext = (name: UpdateName, context: LifecycleContext, event: AssessmentEvent) => ({
  assessment: updates[name](context.assessment, event),
});
