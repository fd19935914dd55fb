import { inSentence, type LifecycleStatus, label } from '@eqia/core/light';

/** "in review (equality_review)", "signed off"… as people say it, from the labels catalogue. */
export function stateLabel(status: LifecycleStatus): string {
  const words = inSentence(label('lifecycleState', status.state));
  return status.stage ? `${words} (${status.stage})` : words;
}
