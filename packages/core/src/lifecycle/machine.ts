import { assign, setup } from 'xstate';
import type { Assessment } from '../schema/assessment.js';
import type { ApprovalStage } from '../schema/profile.js';
import { type UpdateName, updates } from './actions.js';
import { editableSections } from './editable-sections.js';
import type { MachineEvent } from './events.js';
import {
  type Check,
  type CheckAssessment,
  createGuardChecks,
  type GuardChecks,
  type LifecycleContext,
} from './guards.js';

export interface LifecycleMachineOptions {
  /** The due-regard checks; error-level findings block submit and approve. Default: no findings. */
  check?: CheckAssessment;
}

const noFindings: CheckAssessment = () => [];

type GuardArgs = { context: LifecycleContext; event: MachineEvent };
type BooleanGuards<T> = {
  [K in keyof T]: T[K] extends Check<infer P> ? (args: GuardArgs, params: P) => boolean : never;
};

/** The boolean guards xstate wants, one per check of the table: a guard allows what its check does not refuse. */
function booleanGuards<T extends Record<string, Check<never>>>(checks: T): BooleanGuards<T> {
  const entries = Object.entries(checks).map(([name, check]) => [
    name,
    ({ context, event }: GuardArgs, params: never) => check(context, event, params) === undefined,
  ]);
  return Object.fromEntries(entries) as BooleanGuards<T>;
}

/** One `assign` action per named update (actions.ts). */
function assignActions() {
  const update = (name: UpdateName) =>
    assign<LifecycleContext, MachineEvent, undefined, MachineEvent, never>(({ context, event }) => ({
      assessment: updates[name](context.assessment, event),
    }));
  const names = Object.keys(updates) as UpdateName[];
  return Object.fromEntries(names.map((name) => [name, update(name)])) as {
    [K in UpdateName]: ReturnType<typeof update>;
  };
}

/** The machine for a pinned approval chain, the checks bound to the profile's due-regard rules. */
export function createLifecycleMachine(
  approvalChain: readonly ApprovalStage[],
  { check = noFindings }: LifecycleMachineOptions = {},
) {
  return machineFromChecks(approvalChain, createGuardChecks(check));
}

/**
 * The lifecycle of one assessment (DESIGN §3), built for its pinned approval chain: `in_review` has one
 * sub-state per stage, in order. Pure and deterministic: who, when and which ids arrive on the events.
 */
export function machineFromChecks(approvalChain: readonly ApprovalStage[], checks: GuardChecks) {
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
    guards: booleanGuards(checks),
    actions: assignActions(),
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
