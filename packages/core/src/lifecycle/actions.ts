import { type Draft, produce } from 'immer';
import { assertEvent } from 'xstate';
import { applySectionPatches } from '../edits/apply-edit.js';
import { EqiaError } from '../errors.js';
import type { Assessment } from '../schema/assessment.js';
import type { ApprovalDecision } from '../schema/review.js';
import type { MachineEvent } from './events.js';

/**
 * What each accepted event does to the assessment. Each is a pure function of the assessment and the
 * event; the machine wraps them in `assign`, one action per name. Results are frozen by immer: never
 * mutate them.
 */
type Update = (assessment: Assessment, event: MachineEvent) => Assessment;

const change =
  (recipe: (draft: Draft<Assessment>, event: MachineEvent) => void): Update =>
  (assessment, event) =>
    produce(assessment, (draft) => recipe(draft, event));

const approval = (decision: ApprovalDecision): Update =>
  change((draft, event) => {
    assertEvent(event, ['approve', 'requestChanges']);
    const { stage, comment, by, at, signer } = event;
    const role = draft.approvalChain.find((s) => s.id === stage)?.role ?? 'approver';
    const attestation = event.type === 'approve' ? event.attestation : '';
    draft.review.approvals.push({
      stage,
      decision,
      by: by.id,
      role,
      at,
      attestation,
      comment,
      ...(signer && { signer }),
    });
  });

export const updates = {
  applyEdit: (assessment, event) => {
    assertEvent(event, 'edit');
    // The guard allowed it, so `applied` (when given) is the assessment, never a refusal.
    const applied = event.applied ?? applySectionPatches(assessment, event.section, event.patches);
    if (applied instanceof EqiaError) throw applied;
    const edited = applied;
    if (edited.editors.includes(event.by.id)) return edited;
    return produce(edited, (draft) => {
      draft.editors.push(event.by.id);
    });
  },

  recordScreening: change((draft, event) => {
    assertEvent(event, 'screen');
    const { decision, rationale, by, at } = event;
    draft.screening.decision = { kind: decision, rationale, decidedBy: by.id, decidedAt: at };
  }),

  recordComment: change((draft, event) => {
    assertEvent(event, 'comment');
    const { comment, by, at } = event;
    const { replyTo, ...rest } = comment;
    draft.review.comments.push({ ...rest, by: by.id, at, ...(replyTo ? { replyTo } : {}) });
  }),

  resolveComment: change((draft, event) => {
    assertEvent(event, 'resolveComment');
    const { commentId, by, at } = event;
    const comment = draft.review.comments.find((c) => c.id === commentId);
    if (comment) Object.assign(comment, { resolvedBy: by.id, resolvedAt: at });
  }),

  recordVerdict: change((draft, event) => {
    assertEvent(event, 'verdict');
    const { section, verdict, comment, by, at } = event;
    draft.review.verdicts.push({ section, verdict, comment, by: by.id, at });
  }),

  recordApproval: approval('approved'),
  recordChangesRequest: approval('changes_requested'),

  recordPublication: change((draft, event) => {
    assertEvent(event, 'publish');
    const { location, format, by, at, signer } = event;
    draft.publication = { location, format, publishedBy: by.id, publishedAt: at, ...(signer && { signer }) };
  }),

  recordReaffirmation: change((draft, event) => {
    assertEvent(event, 'reaffirm');
    const { nextReviewDate, note, by, at, signer } = event;
    draft.monitoring.nextReviewDate = nextReviewDate;
    draft.monitoring.reaffirmations.push({ by: by.id, at, note, nextReviewDate, ...(signer && { signer }) });
  }),

  recordSupersession: change((draft, event) => {
    assertEvent(event, 'supersede');
    draft.supersededBy = event.supersededBy;
  }),

  recordWithdrawal: change((draft, event) => {
    assertEvent(event, 'withdraw');
    const { reason, by, at } = event;
    draft.withdrawal = { reason, by: by.id, at };
  }),

  recordActionUpdate: change((draft, event) => {
    assertEvent(event, 'updateAction');
    const { actionId, status, note, by, at } = event;
    const action = draft.actions.find((a) => a.id === actionId);
    if (!action) return;
    action.status = status;
    action.updates.push({ status, note, by: by.id, at });
  }),

  recordMonitoringNote: change((draft, event) => {
    assertEvent(event, 'addMonitoringNote');
    const { note, by, at } = event;
    draft.monitoring.notes.push({ note, by: by.id, at });
  }),
} satisfies Record<string, Update>;

export type UpdateName = keyof typeof updates;
