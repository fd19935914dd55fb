import type { Locale } from '../labels/locale.js';
import type { Profile } from '../schema/profile.js';

/** English only: what a profile that names no languages publishes in. */
const englishOnly = { publishes: ['en'], default: 'en' } as const;

/** The languages the organisation publishes in, first first, and its default; English for an older profile. */
export function publishingLanguages(profile: Pick<Profile, 'languages'>): {
  publishes: readonly Locale[];
  default: Locale;
} {
  return profile.languages ?? englishOnly;
}

/** Whether the organisation publishes in Welsh: then its texts need their Welsh, and its people are asked for it. */
export const publishesWelsh = (profile: Pick<Profile, 'languages'>): boolean =>
  publishingLanguages(profile).publishes.includes('cy');
