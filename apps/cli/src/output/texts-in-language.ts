import type { Assessment, Frozen, Objective } from '@eqia/core';
import { staleWelsh, textFields } from '@eqia/core';
import { objectiveTextFields, staleObjectiveWelsh } from '@eqia/core/objectives';
import { msg, uiLocale } from '../messages/ui-language.js';

/**
 * What an author wrote, as a reader of this run's language reads it (`show`, `objectives show`): in a
 * Welsh run each text's Welsh version, else its English marked as English (`msg.texts.english`), and a
 * Welsh version written for English that has changed since marked so (`msg.texts.stale`). Labels and
 * headings come from the catalogue already; an English run reads the texts as written.
 */
export function assessmentInRunLanguage(assessment: Frozen<Assessment>): Frozen<Assessment> {
  if (uiLocale === 'en') return assessment;
  const stale = new Set(staleWelsh(assessment).map((field) => field.key));
  return textsIn(assessment, textFields(assessment), assessment.welsh, stale);
}

/** The objective's texts likewise, from its own `welsh`. */
export function objectiveInRunLanguage(objective: Frozen<Objective>): Frozen<Objective> {
  if (uiLocale === 'en') return objective;
  const stale = new Set(staleObjectiveWelsh(objective).map((field) => field.key));
  return textsIn(objective, objectiveTextFields(objective), objective.welsh, stale);
}

function textsIn<T>(
  value: Frozen<T>,
  fields: readonly { key: string; english: string }[],
  welsh: Readonly<Record<string, string>> | undefined,
  stale: ReadonlySet<string>,
): Frozen<T> {
  const copy = structuredClone(value) as T;
  for (const { key, english } of fields) {
    if (english.trim() === '') continue;
    const text = welsh?.[key];
    const shown =
      text === undefined || text.trim() === ''
        ? msg.texts.english({ text: english })
        : stale.has(key)
          ? msg.texts.stale({ text })
          : text;
    setAt(copy, key.split('/'), shown);
  }
  return copy as Frozen<T>;
}

/** Sets the text at a text key: names a property, or an item of a list by its id (core's text keys). */
function setAt(root: unknown, segments: readonly string[], text: string): void {
  let parent = root as Record<string, unknown> | { id?: unknown }[];
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (Array.isArray(parent)) {
      const item = parent.find((entry) => entry?.id === segment);
      if (!item || last) return;
      parent = item as Record<string, unknown>;
    } else if (last) parent[segment] = text;
    else parent = parent[segment] as Record<string, unknown>;
  }
}
