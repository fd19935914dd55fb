/** The lifecycle states of an assessment, as stored in summaries and shown to users. */
export const lifecycleStates = [
  'draft',
  'assessing',
  'screened_out',
  'in_review',
  'signed_off',
  'published',
  'withdrawn',
  'superseded',
] as const;

export type LifecycleState = (typeof lifecycleStates)[number];

/** Where an assessment is: its state and, while in review, the approval stage it waits on. */
export interface LifecycleStatus {
  state: LifecycleState;
  stage?: string;
}

export const finalStates: readonly LifecycleState[] = ['withdrawn', 'superseded'];
/** Content is locked in these states: only action status, monitoring notes and publication move. */
export const lockedStates: readonly LifecycleState[] = ['signed_off', 'published', 'withdrawn', 'superseded'];

/** The status of an xstate state value: `'draft'`, or `{ in_review: 'equality_review' }`. */
export function toStatus(value: unknown): LifecycleStatus {
  if (typeof value === 'string') return { state: value as LifecycleState };
  const [state, stage] = Object.entries(value as Record<string, string>)[0] ?? [];
  return { state: state as LifecycleState, stage };
}
