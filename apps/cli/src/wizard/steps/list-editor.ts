import { type Assessment, inSentence, type ListName, listLinks, type SectionId } from '@eqia/core';
import type { CliMessages } from '../../messages/en.js';
import { msg, uiLabel } from '../../messages/ui-language.js';
import type { Choice } from '../../prompts/types.js';
import type { StepTools } from '../step.js';

/** One list an author builds in the wizard: evidence items, data gaps, engagement, impacts, actions… */
export interface EditableList<S extends SectionId, T extends { id: string }> {
  section: S;
  /** The list inside its section (the same function reads the saved section and edits a draft of it). */
  items(section: Assessment[S]): T[];
  /** The start of its items' question ids: `evidence.items` gives `evidence.items.ev-2.title`. */
  path: string;
  /** What one item is called, for "Remove evidence …?" (`msg.lists.nouns`). */
  noun: keyof CliMessages['lists']['nouns'];
  /** The item in a few words, in this run's language (see authorText). */
  describe(item: T, tools: StepTools): string;
  /** Ask the item's questions, each pre-filled with what is kept and saved as it is answered. */
  form(tools: StepTools, id?: string): Promise<void>;
  /** Its name in core, whose list rules say which other sections point at its items. */
  list: ListName;
}

// biome-ignore lint/suspicious/noExplicitAny: lists of different sections share one menu.
type AnyList = EditableList<any, { id: string }>;

/** What listMenu returns when it handled the choice itself: ask the menu again. */
export const again = '_again';

/** The question id of an item's field, so resuming and Escape find it. */
export const fieldId = (path: string, id: string | undefined, field: string) =>
  `${path}.${id ?? 'new'}.${field}`;

/**
 * A list's "what next?" question, with a "Change …" choice for each item that opens it to edit, move or
 * remove (with a confirmation). An item the author was in the middle of (resuming, or Escape) opens
 * straight away. The last choice is "Done", the default once an item exists (or `question.initial`);
 * while every list is empty the first "Add" is, unless the step is `answered` without items (none found,
 * and why). Returns the caller's own choice, or `again` when it handled one.
 */
export async function listMenu(
  tools: StepTools,
  lists: readonly AnyList[],
  {
    answered = false,
    ...question
  }: { id: string; label: string; choices: readonly Choice[]; initial?: string; answered?: boolean },
): Promise<string> {
  for (const list of lists) {
    const resuming = tools.resumingIn(`${list.path}.`);
    const known = resuming === 'new' || itemsOf(tools, list).some((item) => item.id === resuming);
    if (resuming !== undefined && known) {
      await list.form(tools, resuming === 'new' ? undefined : resuming);
      return again;
    }
  }
  const [adds, done] = [question.choices.slice(0, -1), question.choices.slice(-1)];
  const changes = lists.flatMap((list, index) =>
    itemsOf(tools, list).map((item) => ({
      value: `change:${index}:${item.id}`,
      label: msg.lists.change({
        noun: msg.lists.nouns[list.noun],
        id: item.id,
        what: list.describe(item, tools),
      }),
    })),
  );
  const doneValue = done[0]?.value;
  const nothingYet = !answered && lists.every((list) => itemsOf(tools, list).length === 0);
  // With nothing recorded, one Enter must never skip the list: "Done" is then never the default.
  const initial =
    nothingYet && (question.initial ?? doneValue) === doneValue
      ? adds[0]?.value
      : (question.initial ?? doneValue);
  const chosen = await tools.ask.select({
    ...question,
    initial,
    menu: true,
    choices: [...adds, ...changes, ...done],
  });
  const [verb, index, id] = chosen.split(':');
  const list = lists[Number(index)];
  if (verb !== 'change' || !list || id === undefined) return chosen;
  await changeItem(tools, list, id);
  return again;
}

/** Takes an item's id out of every section that points at it, before the item goes. */
async function unlink(tools: StepTools, list: ListName, id: string): Promise<void> {
  for (const link of listLinks(list))
    await tools.save(
      link.section,
      (draft) => link.drop(draft as never, id),
      msg.lists.unlinked({ item: inSentence(uiLabel('listItem', list)), id }),
    );
}

function itemsOf(tools: StepTools, list: AnyList): { id: string }[] {
  return list.items(tools.assessment()[list.section as SectionId] as never);
}

async function changeItem(tools: StepTools, list: AnyList, id: string): Promise<void> {
  const items = itemsOf(tools, list);
  const position = items.findIndex((item) => item.id === id);
  const item = items[position];
  if (!item) return;
  const noun = msg.lists.nouns[list.noun];
  const what = list.describe(item, tools);
  const choice = await tools.ask.select({
    id: `${list.path}.${id}.change`,
    label: msg.lists.item({ noun: `${noun[0]?.toUpperCase()}${noun.slice(1)}`, id, what }),
    menu: true,
    choices: [
      { value: 'edit', label: msg.lists.changeAnswers },
      ...(position > 0 ? [{ value: 'up', label: msg.lists.moveUp }] : []),
      ...(position < items.length - 1 ? [{ value: 'down', label: msg.lists.moveDown }] : []),
      { value: 'remove', label: msg.lists.remove },
      { value: 'keep', label: msg.lists.keep },
    ],
  });
  if (choice === 'edit') return list.form(tools, id);
  if (choice === 'up' || choice === 'down') {
    const to = position + (choice === 'up' ? -1 : 1);
    await tools.save(
      list.section,
      (draft) => {
        const all = list.items(draft);
        const [moved] = all.splice(position, 1);
        if (moved) all.splice(to, 0, moved);
      },
      (choice === 'up' ? msg.lists.movedUp : msg.lists.movedDown)({ noun, id }),
    );
    return;
  }
  if (choice !== 'remove') return;
  const sure = await tools.ask.confirm({
    id: `${list.path}.${id}.remove`,
    label: msg.lists.removeSure({ noun, id, what }),
    initial: false,
  });
  if (!sure) return;
  await unlink(tools, list.list, id);
  await tools.save(
    list.section,
    (draft) => {
      const all = list.items(draft);
      const at = all.findIndex((candidate) => candidate.id === id);
      if (at !== -1) all.splice(at, 1);
    },
    msg.lists.removed({ noun, id }),
  );
}

/**
 * Save some fields of an item, or create it with them when it does not exist yet (its first answers
 * make it: an unfinished item is kept as far as it got, and the checks say what it still lacks).
 */
export async function saveItem<S extends SectionId, T extends { id: string }>(
  tools: StepTools,
  list: EditableList<S, T>,
  item: { id: string; create: () => T },
  patch: Partial<T>,
  note: string,
): Promise<void> {
  await tools.save(
    list.section,
    (draft) => {
      const all = list.items(draft);
      const found = all.find((candidate) => candidate.id === item.id);
      if (found) Object.assign(found, patch);
      else all.push({ ...item.create(), ...patch });
    },
    note,
  );
}
