import fc from 'fast-check';
import { produce } from 'immer';
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

/** The worked example with a screening that cites evidence (the example's cites none). */
const example = produce(workedExample, (draft) => {
  draft.screening.evidenceIds = ['ev-caseload', 'ev-pilot'];
});

/** Every item of every list, as [list, id]; made in each test so mutation testing sees what it covers. */
const everyItem = () =>
  listNames.flatMap((list) => listItems(example, list).map((item) => [list, item.id] as const));

/**
 * Every list of references in an assessment (`evidenceIds`, `actionIds`, ...), keyed by where it sits,
 * with items named by their id so that a key survives the removal of another item.
 */
function references(value: unknown, path = '', found = new Map<string, unknown[]>()) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      references(item, `${path}/${(item as { id?: string } | null)?.id ?? index}`, found);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.endsWith('Ids') && Array.isArray(inner)) found.set(`${path}/${key}`, inner);
      else references(inner, `${path}/${key}`, found);
    }
  }
  return found;
}

describe('list items', () => {
  it('lists the items of each list in order, impacts characteristic by characteristic', () => {
    const ids = (list: ListName) => listItems(example, list).map((item) => item.id);
    expect(ids('evidence')).toEqual(example.evidence.items.map((item) => item.id));
    expect(ids('gaps')).toEqual(['gap-trans-lgb', 'gap-ethnicity-outcomes', 'gap-bsl']);
    expect(ids('engagement')).toEqual(example.engagement.map((item) => item.id));
    expect(ids('impacts')).toEqual(
      Object.values(example.analysis).flatMap((entry) => entry.impacts.map((item) => item.id)),
    );
    expect(ids('actions')).toEqual(example.actions.map((item) => item.id));
    expect(ids('combinations')).toEqual(['imp-int-black-boys']);
  });

  it('finds the items an item sits with: an impact sits with its characteristic’s', () => {
    const group = (list: ListName, id: string) => listGroupOf(example, list, id)?.map((item) => item.id);
    expect(group('impacts', 'imp-disability-parents')).toEqual(
      example.analysis.disability!.impacts.map((item) => item.id),
    );
    expect(group('gaps', 'gap-bsl')).toEqual(['gap-trans-lgb', 'gap-ethnicity-outcomes', 'gap-bsl']);
    expect(group('evidence', 'gap-bsl')).toBeUndefined();
  });

  it('removing an item leaves no reference to it anywhere, and every other reference as it was', () => {
    const before = references(example);
    for (const [list, id] of everyItem()) {
      const after = remove(example, list, id);
      expect(JSON.stringify(after), id).not.toContain(`"${id}"`);
      expect(listItems(after, list), id).toHaveLength(listItems(example, list).length - 1);
      for (const [path, refs] of references(after)) {
        expect(refs, `${path} after removing ${id}`).toEqual(before.get(path)!.filter((ref) => ref !== id));
      }
    }
  });

  it('removing evidence takes it out of the screening’s evidence', () => {
    expect(remove(example, 'evidence', 'ev-pilot').screening.evidenceIds).toEqual(['ev-caseload']);
  });

  it('removing or moving an id the list does not hold changes nothing', () => {
    const { patches } = editSection(example, 'evidence', removeListItem('evidence', 'no-such-item'));
    expect(patches).toEqual([]);
    const moved = editSection(example, 'evidence', moveListItem('evidence', 'no-such-item', 1));
    expect(moved.patches).toEqual([]);
  });

  it('moving an item puts it at the position asked, among the items it sits with, and keeps them all', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...everyItem()),
        fc.integer({ min: 1, max: 20 }),
        ([list, id], position) => {
          const group = listGroupOf(example, list, id)!.map((item) => item.id);
          const { assessment } = editSection(example, listSection(list), moveListItem(list, id, position));
          const moved = listGroupOf(assessment, list, id)!.map((item) => item.id);
          expect([...moved].sort()).toEqual([...group].sort());
          expect(moved.indexOf(id)).toBe(Math.min(position, group.length) - 1);
        },
      ),
    );
  });
});
