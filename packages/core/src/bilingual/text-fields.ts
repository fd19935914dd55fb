import type * as z from 'zod/mini';
import type { Frozen } from '../frozen.js';
import { ActionDescription } from '../schema/action.js';
import { Assessment } from '../schema/assessment.js';
import { Prose, RoleName } from '../schema/common.js';
import { EngagedWho, EngagementMethod } from '../schema/engagement.js';
import { EvidenceSource, EvidenceTitle } from '../schema/evidence.js';
import { IntersectionMember, SubgroupName } from '../schema/intersectionality.js';
import { OtherGroupLabel, PolicyTitle, TeamName } from '../schema/policy.js';
import { type SectionId, sectionIds } from '../schema/section.js';
import { type TextKey, textKey } from '../schema/welsh.js';

/** One free-text field of an assessment's content: what a Welsh version is written for. */
export interface TextField {
  section: SectionId;
  /** Where its Welsh version is kept (list items by id). */
  key: TextKey;
  /** The dotted path of the English field, as a finding names it (list items by place). */
  path: string;
  english: string;
}

export type Schema = z.ZodMiniType;

/**
 * What an author writes in words: the free text (`Prose`), the policy's title and each action, the
 * evidence's titles and sources, who was engaged and how, the team's name, people's roles, the names of
 * other affected groups and of an intersection's sub-groups. Not people's names, ids, references or
 * links, which read the same in every language (nor the titles of related assessments, each another
 * document's own).
 */
const textSchemas: ReadonlySet<Schema> = new Set<Schema>([
  Prose,
  PolicyTitle,
  ActionDescription,
  EvidenceTitle,
  EvidenceSource,
  EngagedWho,
  EngagementMethod,
  TeamName,
  RoleName,
  OtherGroupLabel,
  SubgroupName,
]);

/**
 * List items named by a field other than `id`: an intersection's members have none, and each names a
 * different characteristic of its impact.
 */
const itemNames: ReadonlyMap<Schema, string> = new Map<Schema, string>([
  [IntersectionMember, 'characteristic'],
]);
interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
}

/**
 * Every text field of the content sections (`textSchemas`), found by walking the schema beside the
 * assessment, so a field added to the schema needs no list kept by hand. List items without an id
 * (monitoring notes, reaffirmations: written after sign-off, not edited; team members recorded before
 * they had ids) have no Welsh version; an intersection's members are named by characteristic.
 */
export function textFields(
  assessment: Frozen<Assessment>,
  sections: readonly SectionId[] = sectionIds,
): TextField[] {
  const fields: TextField[] = [];
  for (const section of sections)
    walkText(Assessment.shape[section], assessment[section], textSchemas, [section], (key, path, english) =>
      fields.push({ section, key: textKey(section, ...key.slice(1)), path: path.join('.'), english }),
    );
  return fields;
}

/**
 * Calls `found` for each string a schema of `texts` holds in `value`, with its key (list items by id, or
 * the field `itemNames` gives) and its path (list items by place), both starting at `at`: the one walk
 * of assessments' and objectives' text fields. List items without that name are not walked, nor an item
 * named as one before it in its list (its Welsh would be the other's).
 */
export function walkText(
  schema: Schema,
  value: unknown,
  texts: ReadonlySet<Schema>,
  at: readonly string[],
  found: (key: string[], path: string[], english: string) => void,
): void {
  const visit = (schema: Schema, value: unknown, key: string[], path: string[]) => {
    if (texts.has(schema)) {
      if (typeof value === 'string') found(key, path, value);
      return;
    }
    const def = schema._zod.def as Def;
    if (def.innerType) return visit(def.innerType, value, key, path);
    if (typeof value !== 'object' || value === null) return;
    if (def.type === 'object' && def.shape) {
      for (const [name, child] of Object.entries(def.shape)) {
        visit(child, (value as Record<string, unknown>)[name], [...key, name], [...path, name]);
      }
    } else if (def.type === 'record' && def.valueType) {
      for (const [name, child] of Object.entries(value))
        visit(def.valueType, child, [...key, name], [...path, name]);
    } else if (def.type === 'array' && def.element && Array.isArray(value)) {
      const element = def.element;
      const field = itemNames.get(element) ?? 'id';
      const named = new Set<string>();
      value.forEach((item: unknown, index) => {
        const name = (item as Record<string, unknown> | null)?.[field];
        if (typeof name !== 'string' || named.has(name)) return;
        named.add(name);
        visit(element, item, [...key, name], [...path, String(index)]);
      });
    }
  };
  visit(schema, value, [...at], [...at]);
}
