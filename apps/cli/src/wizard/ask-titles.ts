import { type Frozen, publishesWelsh } from '@eqia/core';
import type { Profile } from '@eqia/core/light';
import { msg } from '../messages/ui-language.js';
import { askText } from '../prompts/ask.js';

/**
 * A new assessment's title, asked unless given (`--title`), and, for a body that publishes in Welsh, its
 * Welsh (optional: Enter skips, and the check `welsh-text-written` keeps asking for it). Read from the
 * profile as stored, so the first question needs none of core's schemas.
 */
export async function askTitles(
  profile: Frozen<Profile>,
  given: { title?: string; welshTitle?: string },
): Promise<{ title: string; welshTitle?: string }> {
  const title = given.title ?? (await askText({ message: msg.wizard.title, required: true }));
  if (given.welshTitle !== undefined || !publishesWelsh(profile))
    return { title, ...(given.welshTitle && { welshTitle: given.welshTitle }) };
  const welshTitle = (await askText({ message: msg.wizard.welshTitle, hint: msg.wizard.welshHint })).trim();
  return { title, ...(welshTitle && { welshTitle }) };
}
