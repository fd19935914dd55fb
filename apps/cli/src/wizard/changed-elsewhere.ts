import { type ConflictError, type Frozen, type Profile, type SectionId, sectionIds } from '@eqia/core';
import { msg, uiLabel } from '../messages/ui-language.js';
import { personName } from '../output/person.js';

/**
 * Why an answer was not saved when the assessment changed elsewhere since it was put on screen, in the
 * wizard's words: who changed it and which sections, by name. The SDK's own message tells a caller to
 * reload and look, which the wizard has already done (the latest version is on screen); undefined when
 * the error names no change (the store holds fewer versions than shown), and its own message stands.
 */
export function changedElsewhere(error: ConflictError, profile: Frozen<Profile>): string | undefined {
  if (error.changes.length === 0) return undefined;
  const who = [...new Set(error.changes.map((change) => personName(profile, change.by)))];
  const sections = [
    ...new Set(
      error.changes.flatMap(({ section }) =>
        section !== undefined && (sectionIds as readonly string[]).includes(section)
          ? [uiLabel('sectionTitle', section as SectionId)]
          : [],
      ),
    ),
  ];
  return msg.wizard.changedElsewhere({ who: who.join(', '), sections: sections.join(', ') });
}
