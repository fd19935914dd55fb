import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  editSection,
  type ListName,
  listGroupOf,
  listItems,
  listLinks,
  listNames,
  listSection,
  moveListItem,
  removeListItem,
  workedExample,
} from '../src/index.js';

/** Removes an item the way every caller does: its links first, then the item. */
function remove(assessment: Assessment, list: ListName, id: string): Assessment {
  let next = assessment;
  for (const link of listLinks(list))
    next = editSection(next, link.section, (draft) => link.drop(draft, id)).assessment;
  return editSection(next, listSection(list), removeListItem(list, id)).assessment;
}

const everyItem = listNames.flatMap((list) =>
  listItems(workedExample, list).map((item) => [list, item.id] as const),
);

describe('list items', () => {
  it('the worked example has items in every list', () => {
    for (const list of listNames) expect(listItems(workedExample, list).length, list).toBeGreaterThan(0);
  });

  it.each(everyItem)('removing %s %s leaves no reference to it anywhere', (list, id) => {
    const after = remove(workedExample, list, id);
    expect(JSON.stringify(after)).not.toContain(`"${id}"`);
    expect(listItems(after, list)).toHaveLength(listItems(workedExample, list).length - 1);
  });

  it('removing an id the list does not hold changes nothing', () => {
    const { patches } = editSection(workedExample, 'evidence', removeListItem('evidence', 'no-such-item'));
    expect(patches).toEqual([]);
  });

  it('moving an item puts it at the position asked, among the items it sits with, and keeps them all', () => {
    fc.assert(
      fc.property(fc.constantFrom(...everyItem), fc.integer({ min: 1, max: 20 }), ([list, id], position) => {
        const group = listGroupOf(workedExample, list, id) ?? [];
        const { assessment } = editSection(
          workedExample,
          listSection(list),
          moveListItem(list, id, position),
        );
        const moved = listGroupOf(assessment, list, id) ?? [];
        expect(moved.map((item) => item.id).sort()).toEqual(group.map((item) => item.id).sort());
        expect(moved.findIndex((item) => item.id === id)).toBe(Math.min(position, group.length) - 1);
      }),
    );
  });
});
