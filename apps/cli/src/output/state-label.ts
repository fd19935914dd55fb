import { type Frozen, inSentence, type LifecycleStatus, type Profile } from '@eqia/core/light';
import { msg, uiLabel } from '../messages/ui-language.js';
import { profileName } from './profile-names.js';

/**
 * "in review at Equality lead review", "signed off"… as people say it, from the labels catalogue. The
 * stage is named from the assessment's approval chain when it is at hand, in this run's language as the
 * profile names it (profile-names.ts); a summary has only its id.
 */
export function stateLabel(
  status: LifecycleStatus,
  chain: readonly { id: string; label: string }[] = [],
  profile?: Frozen<Profile>,
): string {
  const words = inSentence(uiLabel('lifecycleState', status.state));
  if (!status.stage) return words;
  const stage = chain.find((candidate) => candidate.id === status.stage);
  return stage
    ? msg.state.atStage({ state: words, stage: profileName('approvalChain', stage, profile) })
    : `${words} (${status.stage.replaceAll('_', ' ')})`;
}
