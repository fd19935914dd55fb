import { type Profile, StakeholderKind } from '@eqia/core';

/** The groups the organisation engages with, by kind (staff networks, boards, forums), from its profile. */
export interface EngagementGroup {
  kind: StakeholderKind;
  groups: { name: string; description: string }[];
}

export function engagementOf(profile: Profile): EngagementGroup[] {
  return StakeholderKind.options.flatMap((kind) => {
    const groups = profile.stakeholders
      .filter((stakeholder) => (stakeholder.kind ?? 'other') === kind)
      .map(({ name, description }) => ({ name, description }));
    return groups.length ? [{ kind, groups }] : [];
  });
}
