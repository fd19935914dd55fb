import {
  type ImpactDirection,
  isAdverse,
  type OtherGroup,
  type Profile,
  profileCharacteristics,
  type Severity,
  type Signer,
  type UserId,
} from '@eqia/core';
import type { Tone } from './document/blocks.js';
import { assessmentEnglish } from './language/english-assessment.js';
import type { AssessmentLanguage } from './language/report-language.js';

// The words for the schema's values (states, outcomes, kinds…) live in core's labels catalogue
// (`label(set, value)`); this file holds what only a report draws: the impact symbols and tones, and the
// labels of what a profile defines (characteristics, audiences, stakeholders, users).

/** "▼ Negative (high)": the label with its symbol, for the impact grid (in English; see ReportLanguage). */
export const impactBadge = assessmentEnglish.impactBadge;

export function impactTone(direction: ImpactDirection, severity?: Severity): Tone {
  if (isAdverse(direction)) return severity === 'high' ? 'negative-high' : 'negative';
  return direction as Exclude<ImpactDirection, 'negative' | 'mixed'>;
}

/** How bad an impact is, worst first, so a grid cell leads with what matters most. */
export function impactRank(direction: ImpactDirection, severity?: Severity): number {
  if (isAdverse(direction)) return { high: 0, medium: 1, low: 2 }[severity ?? 'medium'];
  return { unknown: 3, neutral: 4, positive: 5 }[direction as Exclude<ImpactDirection, 'negative' | 'mixed'>];
}

export const directionLegend = assessmentEnglish.directionLegend;

export const characteristicLabel = assessmentEnglish.characteristicLabel;

/**
 * Characteristics that a report's data name by the profile's (English) label, in another language: the
 * annual report's data keep labels, as their JSON always has.
 */
export function characteristicsIn(
  lang: AssessmentLanguage,
  profile: Profile,
  labels: readonly string[],
): string[] {
  if (lang.locale === 'en') return [...labels];
  const characteristics = profileCharacteristics(profile);
  return labels.map((name) => {
    const definition = characteristics.find((candidate) => candidate.label === name);
    return definition ? lang.characteristicLabel(profile, definition.id) : name;
  });
}

/** An audience of the profile, or one of the assessment's other affected groups. */
export function audienceLabel(profile: Profile, id: string, otherGroups: readonly OtherGroup[] = []): string {
  return (
    profile.audiences.find((audience) => audience.id === id)?.label ??
    otherGroups.find((group) => group.id === id)?.label ??
    id
  );
}

export function stakeholderLabel(profile: Profile, id: string): string {
  return profile.stakeholders.find((stakeholder) => stakeholder.id === id)?.name ?? id;
}

/** "Julie Brown, Strategic Lead for EDI", or the bare id for someone the profile does not know. */
export function userLabel(profile: Profile, id: UserId): string {
  return personLabel(profile.users.find((candidate) => candidate.id === id) ?? id);
}

/** "Julie Brown": a user's name alone, for a sentence ("Julie Brown judged it acceptable"). */
export function userName(profile: Profile, id: UserId): string {
  return profile.users.find((candidate) => candidate.id === id)?.name ?? id;
}

/**
 * Who signed a sign-off, as they were when they signed (the record keeps it); only a record from before
 * signers were kept falls back to the profile as it is now.
 */
export function signerLabel(profile: Profile, record: { by: UserId; signer?: Signer | undefined }): string {
  return record.signer ? personLabel(record.signer) : userLabel(profile, record.by);
}

function personLabel(person: Signer | UserId): string {
  if (typeof person === 'string') return person;
  return person.jobTitle ? `${person.name}, ${person.jobTitle}` : person.name;
}

export const listOf = assessmentEnglish.list;

/** Sentences one a line: action and gap descriptions, which may hold commas of their own. */
export const linesOf = assessmentEnglish.lines;
