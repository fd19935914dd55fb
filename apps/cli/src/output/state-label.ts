import type { LifecycleStatus } from '@eqia/core';

const labels: Record<LifecycleStatus['state'], string> = {
  draft: 'draft',
  assessing: 'assessing',
  screened_out: 'screened out',
  in_review: 'in review',
  signed_off: 'signed off',
  published: 'published',
  withdrawn: 'withdrawn',
  superseded: 'superseded',
};

/** "in review (equality_review)", "signed off"… as people say it. */
export function stateLabel(status: LifecycleStatus): string {
  const label = labels[status.state] ?? status.state;
  return status.stage ? `${label} (${status.stage})` : label;
}
