import { profileCharacteristics } from './catalogue/profile-characteristics.js';
import { ValidationError } from './errors.js';
import type { Frozen } from './frozen.js';
import { recordTold } from './labels/record-words.js';
import type { Profile } from './schema/profile.js';

/** What may name characteristics: an assessment, or the sections of one an answers file gives. */
interface Content {
  screening?: { answers?: object };
  analysis?: object;
  evidence?: {
    items?: readonly { characteristics: readonly string[] }[];
    gaps?: readonly { characteristics: readonly string[] }[];
  };
  engagement?: readonly { characteristics: readonly string[] }[];
  intersectionality?: { impacts?: readonly { members: readonly { characteristic: string }[] }[] };
}

/** Every place the content names a characteristic, with its dotted path. */
export function namedCharacteristics(content: Content): { path: string; id: string }[] {
  const named: { path: string; id: string }[] = [];
  const keys = (record: object | undefined, path: string) => {
    for (const id of Object.keys(record ?? {})) named.push({ path: `${path}.${id}`, id });
  };
  const list = (ids: readonly string[] | undefined, path: string) => {
    for (const [index, id] of (ids ?? []).entries()) named.push({ path: `${path}.${index}`, id });
  };
  keys(content.screening?.answers, 'screening.answers');
  keys(content.analysis, 'analysis');
  for (const [i, item] of (content.evidence?.items ?? []).entries())
    list(item.characteristics, `evidence.items.${i}.characteristics`);
  for (const [i, gap] of (content.evidence?.gaps ?? []).entries())
    list(gap.characteristics, `evidence.gaps.${i}.characteristics`);
  for (const [i, engagement] of (content.engagement ?? []).entries())
    list(engagement.characteristics, `engagement.${i}.characteristics`);
  for (const [i, impact] of (content.intersectionality?.impacts ?? []).entries())
    list(
      impact.members.map((member) => member.characteristic),
      `intersectionality.impacts.${i}.members`,
    );
  return named;
}

/**
 * Refuses content that names a characteristic the profile does not consider: stored, it would be shown
 * nowhere and ignored by the checks. The error names each key and the ids the profile knows.
 */
export function assertKnownCharacteristics(content: Content, profile: Frozen<Profile>, what: string): void {
  const known = profileCharacteristics(profile).map((c) => c.id);
  const unknown = namedCharacteristics(content).filter(({ id }) => !known.includes(id));
  if (unknown.length === 0) return;
  const { message, told } = recordTold('unknownCharacteristics', {
    what,
    count: String(unknown.length),
    named: unknown.map(({ path, id }) => `${path} ("${id}")`).join(', '),
    known: known.join(', '),
  });
  const issues = unknown.map(({ path, id }) => {
    const issue = recordTold('unknownCharacteristic', { id });
    return { path, message: issue.message, told: issue.told };
  });
  throw new ValidationError(message, issues, { told });
}
