import {
  findCharacteristic,
  type ImpactDirection,
  impactLabel,
  label,
  type Profile,
  type Severity,
  type UserId,
} from '@eqia/core';
import type { Tone } from './document/blocks.js';

// The words for the schema's values (states, outcomes, kinds…) live in core's labels catalogue
// (`label(set, value)`); this file holds what only a report draws: the impact symbols and tones, and the
// labels of what a profile defines (characteristics, audiences, stakeholders, users).

/** Symbols carry the direction for people who cannot tell the colours apart; the words carry it for everyone. */
const directionSymbols: Record<ImpactDirection, string> = {
  positive: '▲',
  negative: '▼',
  neutral: '●',
  unknown: '?',
};

/** "▼ Negative (high)": the label with its symbol, for the impact grid. */
export function impactBadge(direction: ImpactDirection, severity?: Severity): string {
  return `${directionSymbols[direction]} ${impactLabel(direction, severity)}`;
}

export function impactTone(direction: ImpactDirection, severity?: Severity): Tone {
  if (direction === 'negative') return severity === 'high' ? 'negative-high' : 'negative';
  return direction;
}

/** How bad an impact is, worst first, so a grid cell leads with what matters most. */
export function impactRank(direction: ImpactDirection, severity?: Severity): number {
  if (direction === 'negative') return { high: 0, medium: 1, low: 2 }[severity ?? 'medium'];
  return { unknown: 3, neutral: 4, positive: 5 }[direction];
}

export const directionLegend = (Object.keys(directionSymbols) as ImpactDirection[])
  .map((direction) => `${directionSymbols[direction]} ${label('impactDirection', direction)}`)
  .join(', ');

export function characteristicLabel(profile: Profile, id: string): string {
  return findCharacteristic(profile, id)?.label ?? id;
}

export function audienceLabel(profile: Profile, id: string): string {
  return profile.audiences.find((audience) => audience.id === id)?.label ?? id;
}

export function stakeholderLabel(profile: Profile, id: string): string {
  return profile.stakeholders.find((stakeholder) => stakeholder.id === id)?.name ?? id;
}

/** "Julie Brown, Strategic Lead for EDI", or the bare id for someone the profile does not know. */
export function userLabel(profile: Profile, id: UserId): string {
  const user = profile.users.find((candidate) => candidate.id === id);
  if (!user) return id;
  return user.jobTitle ? `${user.name}, ${user.jobTitle}` : user.name;
}

export function listOf(labels: readonly string[], none = 'None'): string {
  return labels.length === 0 ? none : labels.join(', ');
}

/** Sentences one a line: action and gap descriptions, which may hold commas of their own. */
export function linesOf(labels: readonly string[], none = 'None'): string {
  return labels.length === 0 ? none : labels.join('\n');
}
