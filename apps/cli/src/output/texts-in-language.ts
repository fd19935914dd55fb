import type { Assessment, Frozen, Objective } from '@eqia/core';
import { staleWelsh, textFields, textsInWelsh } from '@eqia/core';
import { objectiveTextFields, staleObjectiveWelsh } from '@eqia/core/objectives';
import { uiLocale } from '../messages/ui-language.js';
import { marks } from './welsh-marks.js';

/**
 * What an author wrote, as a reader of this run's language reads it (`show`, `objectives show`): in a
 * Welsh run each text's Welsh version, else its English marked as English (`msg.texts.english`), and a
 * Welsh version written for English that has changed since marked so (`msg.texts.stale`). Labels and
 * headings come from the catalogue already; an English run reads the texts as written.
 */
export function assessmentInRunLanguage(assessment: Frozen<Assessment>): Frozen<Assessment> {
  if (uiLocale === 'en') return assessment;
  const stale = new Set(staleWelsh(assessment).map((field) => field.key));
  return textsInWelsh(assessment, textFields(assessment), assessment.welsh, stale, marks).value;
}

/** The objective's texts likewise, from its own `welsh`. */
export function objectiveInRunLanguage(objective: Frozen<Objective>): Frozen<Objective> {
  if (uiLocale === 'en') return objective;
  const stale = new Set(staleObjectiveWelsh(objective).map((field) => field.key));
  return textsInWelsh(objective, objectiveTextFields(objective), objective.welsh, stale, marks).value;
}
