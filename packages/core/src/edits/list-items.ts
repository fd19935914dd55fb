import { type Frozen, schemaTyped } from '../frozen.js';
import type { Assessment } from '../schema/assessment.js';
import type { SectionId } from '../schema/section.js';
import type { SectionRecipe } from './edit-section.js';

/** The lists an author builds, by the names commands use: `eqia edit <id> --remove evidence:ev-2`. */
export const listNames = ['evidence', 'gaps', 'engagement', 'impacts', 'actions', 'combinations'] as const;
export type ListName = (typeof listNames)[number];

type Items = { id: string }[];

/** A section that points at a list's items by id: what to take out of it when an item goes. */
export interface ListLink<S extends SectionId = SectionId> {
  section: S;
  drop: (draft: Assessment[S], id: string) => void;
}

interface ListShape<S extends SectionId> {
  section: S;
  /** The arrays that hold the items: one per characteristic for impacts, one for the other lists. */
  groups: (section: Assessment[S]) => Items[];
  links: readonly ListLink[];
}

const link = <S extends SectionId>(section: S, drop: ListLink<S>['drop']) => ({ section, drop }) as ListLink;
const without = (ids: string[], id: string) => ids.filter((ref) => ref !== id);

const shapes: { [L in ListName]: ListShape<SectionId> } = {
  evidence: shape('evidence', (evidence) => [evidence.items], [
    link('screening', (screening, id) => {
      screening.evidenceIds = without(screening.evidenceIds, id);
    }),
    link('analysis', (analysis, id) => {
      for (const entry of Object.values(analysis)) {
        entry.evidenceIds = without(entry.evidenceIds, id);
        for (const impact of entry.impacts) impact.evidenceIds = without(impact.evidenceIds, id);
      }
    }),
    link('intersectionality', (section, id) => {
      for (const impact of section.impacts) impact.evidenceIds = without(impact.evidenceIds, id);
    }),
  ]),
  gaps: shape('evidence', (evidence) => [evidence.gaps], [
    link('analysis', (analysis, id) => {
      for (const entry of Object.values(analysis)) entry.gapIds = without(entry.gapIds, id);
    }),
    link('actions', (actions, id) => {
      for (const action of actions) action.gapIds = without(action.gapIds, id);
    }),
  ]),
  engagement: shape('engagement', (engagement) => [engagement], []),
  impacts: shape('analysis', (analysis) => Object.values(analysis).map((entry) => entry.impacts), [
    link('actions', (actions, id) => {
      for (const action of actions) action.impactIds = without(action.impactIds, id);
    }),
  ]),
  actions: shape('actions', (actions) => [actions], [
    link('analysis', (analysis, id) => {
      for (const entry of Object.values(analysis))
        for (const impact of entry.impacts) impact.actionIds = without(impact.actionIds, id);
    }),
    link('intersectionality', (section, id) => {
      for (const impact of section.impacts) impact.actionIds = without(impact.actionIds, id);
    }),
    link('evidence', (evidence, id) => {
      for (const gap of evidence.gaps) gap.actionIds = without(gap.actionIds, id);
    }),
  ]),
  combinations: shape('intersectionality', (section) => [section.impacts], [
    link('actions', (actions, id) => {
      for (const action of actions) action.impactIds = without(action.impactIds, id);
    }),
  ]),
};

function shape<S extends SectionId>(
  section: S,
  groups: ListShape<S>['groups'],
  links: readonly ListLink[],
): ListShape<SectionId> {
  return { section, groups, links } as ListShape<SectionId>;
}

/** The section that holds a list. */
export function listSection(list: ListName): SectionId {
  return shapes[list].section;
}

/** The sections that point at a list's items: removing an item takes its id out of each, first. */
export function listLinks(list: ListName): readonly ListLink[] {
  return shapes[list].links;
}

/** A list's items as they stand, in order (impacts: characteristic by characteristic). */
export function listItems(assessment: Frozen<Assessment>, list: ListName): Items {
  const { section, groups } = shapes[list];
  return groups(schemaTyped<Assessment>(assessment)[section]).flat();
}

/** Takes an item out of its list; an id not in the list changes nothing. */
export function removeListItem(list: ListName, id: string): SectionRecipe<SectionId> {
  return (draft) => {
    const group = groupOf(list, draft, id);
    group?.splice(
      group.findIndex((item) => item.id === id),
      1,
    );
  };
}

/**
 * Moves an item to a position (1 is first) among the items it sits with: an impact moves among its
 * characteristic's impacts. A position past the end moves it last.
 */
export function moveListItem(list: ListName, id: string, position: number): SectionRecipe<SectionId> {
  return (draft) => {
    const group = groupOf(list, draft, id);
    if (!group) return;
    const [item] = group.splice(
      group.findIndex((candidate) => candidate.id === id),
      1,
    );
    if (item) group.splice(Math.max(0, Math.min(position - 1, group.length)), 0, item);
  };
}

/** The items an item sits with, when the list has it. */
export function listGroupOf(assessment: Assessment, list: ListName, id: string): Items | undefined {
  return groupOf(list, assessment[shapes[list].section], id);
}

function groupOf(list: ListName, section: Assessment[SectionId], id: string): Items | undefined {
  return shapes[list].groups(section).find((group) => group.some((item) => item.id === id));
}
