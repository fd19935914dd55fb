import { assign, setup } from 'xstate';
import type { Assessment } from '../schema/assessment.js';
import type { ApprovalStage } from '../schema/profile.js';
import { type SectionId, sectionIds } from '../schema/section.js';
import { type UpdateName, updateContext } from './actions.js';
import type { AssessmentEvent, CreateEvent } from './events.js';
import {
  type CheckAssessment,
  createGuardChecks,
  type GuardChecks,
  type LifecycleContext,
} from './guards.js';

/** The events the machine handles; `create` starts a log rather than moving a machine. */
export type MachineEvent = Exclude<AssessmentEvent, CreateEvent>;

export interface LifecycleMachineOptions {
  /** The due-regard checks; error-level findings block submit and approve. Default: no findings. */
  check?: CheckAssessment;
}

/** Sections an author may edit in each editable state. */
export const editableSections = {
  draft: ['policy', 'decision', 'screening'],
  screened_out: ['policy', 'decision', 'screening', 'monitoring'],
  assessing: sectionIds,
} as const satisfies Record<string, readonly SectionId[]>;

const noFindings: CheckAssessment = () => [];

type GuardArgs = { context: LifecycleContext; event: MachineEvent };

/** Turns a check that explains refusals into the boolean guard xstate wants. */
const allows =
  <P>(check: (context: LifecycleContext, event: AssessmentEvent, params: P) => unknown) =>
  ({ context, event }: GuardArgs, params: P) =>
    check(context, event, params) === undefined;

const update = (name: UpdateName) =>
  assign<LifecycleContext, MachineEvent, undefined, MachineEvent, never>(({ context, event }) =>
    updateContext(name, context, event),
  );

/**
 * The lifecycle of one assessment (DESIGN §3), built for its pinned approval chain: `in_review` has one
 * sub-state per stage, in order. Pure and deterministic: who, when and which ids arrive on the events.
 */
export function createLifecycleMachine(
  approvalChain: readonly ApprovalStage[],
  { check = noFindings }: LifecycleMachineOptions = {},
) {
  const checks: GuardChecks = createGuardChecks(check);
  const screen = [
    {
      guard: { type: 'mayScreen', params: { to: 'full_assessment' } },
      target: '#eqia.assessing',
      actions: 'recordScreening',
    },
    {
      guard: { type: 'mayScreen', params: { to: 'not_required' } },
      target: '#eqia.screened_out',
      actions: 'recordScreening',
    },
  ] as const;
  const edit = (state: keyof typeof editableSections) =>
    ({
      guard: { type: 'mayEdit', params: { sections: editableSections[state], state } },
      actions: 'applyEdit',
    }) as const;
  const comment = { guard: 'mayComment', actions: 'recordComment' } as const;
  const resolveComment = { guard: 'mayResolveComment', actions: 'resolveComment' } as const;
  const afterSignOff = {
    updateAction: { guard: 'mayUpdateAction', actions: 'recordActionUpdate' },
    addMonitoringNote: { guard: 'mayAddMonitoringNote', actions: 'recordMonitoringNote' },
    reaffirm: { guard: 'mayReaffirm', actions: 'recordReaffirmation' },
    // A revision is a new assessment; this one only records that it started (history).
    startRevision: { guard: 'mayStartRevision' },
    supersede: { guard: 'maySupersede', target: '#eqia.superseded', actions: 'recordSupersession' },
  } as const;

  const stageStates = Object.fromEntries(
    approvalChain.map((stage, index) => {
      const next = approvalChain[index + 1];
      return [
        stage.id,
        {
          description: `${stage.label}: a user with the ${stage.role} role approves or requests changes.`,
          on: {
            approve: {
              guard: { type: 'mayApprove', params: { stage: stage.id } },
              target: next ? next.id : '#eqia.signed_off',
              actions: 'recordApproval',
            },
            requestChanges: [
              {
                guard: { type: 'mayRequestChanges', params: { stage: stage.id, to: 'assessing' } },
                target: '#eqia.assessing',
                actions: 'recordChangesRequest',
              },
              {
                guard: { type: 'mayRequestChanges', params: { stage: stage.id, to: 'screened_out' } },
                target: '#eqia.screened_out',
                actions: 'recordChangesRequest',
              },
            ],
          },
        },
      ] as const;
    }),
  );

  return setup({
    types: {
      context: {} as LifecycleContext,
      events: {} as MachineEvent,
      input: {} as { assessment: Assessment },
    },
    guards: {
      mayEdit: allows(checks.mayEdit),
      mayScreen: allows(checks.mayScreen),
      maySubmit: allows(checks.maySubmit),
      mayWithdrawSubmission: allows(checks.mayWithdrawSubmission),
      mayComment: allows(checks.mayComment),
      mayResolveComment: allows(checks.mayResolveComment),
      mayGiveVerdict: allows(checks.mayGiveVerdict),
      mayApprove: allows(checks.mayApprove),
      mayRequestChanges: allows(checks.mayRequestChanges),
      mayPublish: allows(checks.mayPublish),
      mayReaffirm: allows(checks.mayReaffirm),
      mayStartRevision: allows(checks.mayStartRevision),
      maySupersede: allows(checks.maySupersede),
      mayWithdraw: allows(checks.mayWithdraw),
      mayUpdateAction: allows(checks.mayUpdateAction),
      mayAddMonitoringNote: allows(checks.mayAddMonitoringNote),
    },
    actions: {
      applyEdit: update('applyEdit'),
      recordScreening: update('recordScreening'),
      recordComment: update('recordComment'),
      resolveComment: update('resolveComment'),
      recordVerdict: update('recordVerdict'),
      recordApproval: update('recordApproval'),
      recordChangesRequest: update('recordChangesRequest'),
      recordPublication: update('recordPublication'),
      recordReaffirmation: update('recordReaffirmation'),
      recordSupersession: update('recordSupersession'),
      recordWithdrawal: update('recordWithdrawal'),
      recordActionUpdate: update('recordActionUpdate'),
      recordMonitoringNote: update('recordMonitoringNote'),
    },
  }).createMachine({
    id: 'eqia',
    context: ({ input }) => ({ assessment: input.assessment }),
    initial: 'draft',
    // Any state that is not final may be withdrawn: the policy was abandoned.
    on: {
      withdraw: { guard: 'mayWithdraw', target: '.withdrawn', actions: 'recordWithdrawal' },
    },
    states: {
      draft: {
        description: 'Policy details and screening.',
        on: { edit: edit('draft'), screen },
      },
      assessing: {
        description: 'The full assessment: every section may be edited, in any order.',
        on: {
          edit: edit('assessing'),
          screen,
          comment,
          resolveComment,
          submit: { guard: 'maySubmit', target: 'in_review' },
        },
      },
      screened_out: {
        description: 'A screening-out record: it still goes to review and needs the senior stage.',
        on: {
          edit: edit('screened_out'),
          screen,
          comment,
          resolveComment,
          submit: { guard: 'maySubmit', target: 'in_review' },
        },
      },
      in_review: {
        description: 'One sub-state per approval stage of the pinned chain, in order.',
        initial: approvalChain[0]?.id,
        on: {
          comment,
          resolveComment,
          verdict: { guard: 'mayGiveVerdict', actions: 'recordVerdict' },
          withdrawSubmission: [
            { guard: { type: 'mayWithdrawSubmission', params: { to: 'assessing' } }, target: 'assessing' },
            {
              guard: { type: 'mayWithdrawSubmission', params: { to: 'screened_out' } },
              target: 'screened_out',
            },
          ],
        },
        states: stageStates,
      },
      signed_off: {
        description: 'Content is locked: publish, update actions and monitoring, reaffirm or revise.',
        on: {
          ...afterSignOff,
          publish: { guard: 'mayPublish', target: 'published', actions: 'recordPublication' },
        },
      },
      published: {
        description: 'Published; content stays locked.',
        on: afterSignOff,
      },
      withdrawn: { type: 'final', description: 'The policy was abandoned (reason recorded).' },
      superseded: { type: 'final', description: 'A newer revision was signed off.' },
    },
  });
}

export type LifecycleMachine = ReturnType<typeof createLifecycleMachine>;
