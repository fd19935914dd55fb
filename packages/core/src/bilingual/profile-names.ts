import type { Frozen } from '../frozen.js';
import type { Profile, ProfileTextKey } from '../schema/profile.js';

/** The profile's lists whose items readers see by name wherever a record mentions them. */
export type NamedList = 'approvalChain' | 'audiences';

/** Where the profile keeps the Welsh of one text of a list item: by the item's id, so it survives a reorder. */
export const profileItemKey = (list: string, id: string, field: string): ProfileTextKey =>
  `${list}/${id}/${field}`;

/**
 * The profile's Welsh name for a stage or an audience, as a record names it (an assessment keeps a copy
 * of its approval chain): found by id, and only while the profile still calls the item by the same
 * English name, so a stage renamed since is never given the Welsh of its new name. Undefined where the
 * profile writes no Welsh for it; the caller then shows the English, marked as English.
 */
export function profileWelshName(
  profile: Frozen<Profile>,
  list: NamedList,
  item: { id: string; label: string },
): string | undefined {
  const own = (profile[list] as readonly { id: string; label: string }[]).find(
    (candidate) => candidate.id === item.id,
  );
  if (own?.label !== item.label) return undefined;
  const welsh = profile.welsh?.[profileItemKey(list, item.id, 'label')];
  return welsh === undefined || welsh.trim() === '' ? undefined : welsh;
}
