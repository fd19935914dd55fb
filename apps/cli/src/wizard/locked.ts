import { editableSections, type LifecycleStatus, type SectionId } from '@eqia/core';
import { msg, uiLabel } from '../messages/ui-language.js';

/**
 * Why a section cannot be changed in this state, in words, or undefined when it can. The wizard shows
 * this instead of asking questions whose answers could not be saved.
 */
export function lockedBecause(section: SectionId, status: LifecycleStatus, id: string): string | undefined {
  const editable: readonly SectionId[] =
    (editableSections as Record<string, readonly SectionId[]>)[status.state] ?? [];
  if (editable.includes(section)) return undefined;
  if (status.state === 'draft') return msg.wizard.lockedDraft;
  if (status.state === 'screened_out') return msg.wizard.lockedScreenedOut;
  if (status.state === 'in_review') return msg.wizard.lockedInReview({ id });
  // Withdrawn and superseded are final: no revision starts from them.
  if (status.state === 'withdrawn' || status.state === 'superseded')
    return msg.wizard.lockedFinal({ state: inWords(status) });
  return msg.wizard.lockedOther({ state: inWords(status), id });
}

const inWords = (status: LifecycleStatus) => uiLabel('lifecycleState', status.state).toLowerCase();
