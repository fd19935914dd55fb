import { inSentence, type LifecycleStatus, label } from '@eqia/core/light';

/**
 * "in review at Equality lead review", "signed off"… as people say it, from the labels catalogue. The
 * stage is named from the assessment's approval chain when it is at hand; a summary has only its id.
 */
export function stateLabel(
  status: LifecycleStatus,
  chain: readonly { id: string; label: string }[] = [],
): string {
  const words = inSentence(label('lifecycleState', status.state));
  if (!status.stage) return words;
  const stage = chain.find((candidate) => candidate.id === status.stage);
  return stage ? `${words} at ${stage.label}` : `${words} (${status.stage.replaceAll('_', ' ')})`;
}
