import { editableSections, type LifecycleStatus, label, type SectionId } from '@eqia/core';

/**
 * Why a section cannot be changed in this state, in words, or undefined when it can. The wizard shows
 * this instead of asking questions whose answers could not be saved.
 */
export function lockedBecause(section: SectionId, status: LifecycleStatus, id: string): string | undefined {
  const editable: readonly SectionId[] =
    (editableSections as Record<string, readonly SectionId[]>)[status.state] ?? [];
  if (editable.includes(section)) return undefined;
  if (status.state === 'draft')
    return 'Locked until the screening decision is recorded (step 3): a draft changes only its policy, decision, screening and evidence.';
  if (status.state === 'screened_out')
    return 'Locked: the assessment was screened out. Change the screening decision to assess it in full.';
  if (status.state === 'in_review')
    return `Locked while it is in review. A reviewer may request changes; \`eqia withdraw ${id} --submission\` takes it back.`;
  return `Locked: the assessment is ${inWords(status)}. \`eqia revise ${id}\` starts a new version to change.`;
}

const inWords = (status: LifecycleStatus) => label('lifecycleState', status.state).toLowerCase();
