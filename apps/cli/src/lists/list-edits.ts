import {
  editSection,
  type ListName,
  listItems,
  listLinks,
  listNames,
  listSection,
  moveListItem,
  removeListItem,
  type SectionId,
  type SectionRecipe,
} from '@eqia/core';
import type { AssessmentView, EqiaClient } from '@eqia/sdk';

/**
 * Removing and moving list items from commands and answers files. The rules (which list lives where,
 * which sections point at its items) are core's; this only saves each changed section in turn.
 */

/** One section edit, recorded only when it changes something (the store refuses an empty edit). */
async function editIfChanged(
  client: EqiaClient,
  view: AssessmentView,
  section: SectionId,
  recipe: SectionRecipe<SectionId>,
): Promise<AssessmentView> {
  if (editSection(view.assessment, section, recipe).patches.length === 0) return view;
  return client.edit(view.assessment.id, section, recipe, { expectedVersion: view.version });
}

/** Takes an item's id out of every section that points at it. */
export async function dropLinks(
  client: EqiaClient,
  view: AssessmentView,
  list: ListName,
  itemId: string,
): Promise<AssessmentView> {
  let next = view;
  for (const link of listLinks(list))
    next = await editIfChanged(client, next, link.section, (draft) => link.drop(draft as never, itemId));
  return next;
}

/** Removes an item and, first, its links from other sections. */
export async function removeItem(
  client: EqiaClient,
  view: AssessmentView,
  list: ListName,
  itemId: string,
): Promise<AssessmentView> {
  const unlinked = await dropLinks(client, view, list, itemId);
  return editIfChanged(client, unlinked, listSection(list), removeListItem(list, itemId));
}

export function moveItem(
  client: EqiaClient,
  view: AssessmentView,
  list: ListName,
  itemId: string,
  position: number,
): Promise<AssessmentView> {
  return editIfChanged(client, view, listSection(list), moveListItem(list, itemId, position));
}

/** After an answers file replaced lists: the items it left out take their links with them. */
export async function dropLinksToRemoved(
  client: EqiaClient,
  before: AssessmentView,
  after: AssessmentView,
): Promise<AssessmentView> {
  let view = after;
  for (const list of listNames) {
    const kept = new Set(listItems(after.assessment, list).map((item) => item.id));
    for (const item of listItems(before.assessment, list))
      if (!kept.has(item.id)) view = await dropLinks(client, view, list, item.id);
  }
  return view;
}
