import type { Frozen } from '../frozen.js';
import { PROFILE_SCHEMA_VERSION, type Profile, type ProfileWelshSources } from '../schema/profile.js';
import { englishFingerprint } from './english-fingerprint.js';
import { profileTextFields } from './profile-text.js';

const written = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

/**
 * The profile `next` with `welshOf` as eqia records it on a change from `previous` (a whole file given
 * to `profile set` has no say in it), for each text with Welsh: Welsh new or changed is written for the
 * English it now stands beside; Welsh left as it was keeps its fingerprint, or, having none, is given
 * that of the English it stood beside before, so English changed now shows it out of date (English left
 * too leaves it without one, current as before). Welsh whose key is in `confirmed` is written for the
 * English it now stands beside, as if written again: someone has read it and found it still right. A
 * profile given fingerprints is version 3; one given none keeps its version and has no `welshOf`, so a
 * profile without Welsh reads and hashes as written.
 */
export function withProfileWelshSources(
  previous: Frozen<Profile> | undefined,
  next: Profile,
  confirmed: ReadonlySet<string> = new Set(),
): Profile {
  const before = new Map(
    previous ? profileTextFields(previous).map((field) => [field.key, field.english]) : [],
  );
  const sources: ProfileWelshSources = {};
  for (const { key, english } of profileTextFields(next)) {
    const welsh = next.welsh?.[key];
    if (!written(welsh)) continue;
    const kept = previous?.welshOf?.[key];
    const was = before.get(key);
    if (previous?.welsh?.[key] !== welsh || confirmed.has(key)) sources[key] = englishFingerprint(english);
    else if (kept !== undefined) sources[key] = kept;
    else if (was !== undefined && englishFingerprint(was) !== englishFingerprint(english))
      sources[key] = englishFingerprint(was);
  }
  const { welshOf: _, ...rest } = next;
  return Object.keys(sources).length === 0
    ? (rest as Profile)
    : { ...rest, schemaVersion: PROFILE_SCHEMA_VERSION, welshOf: sources };
}
