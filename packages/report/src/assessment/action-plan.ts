import type { Action, Assessment, IsoDate, Profile } from '@eqia/core';
import { assessmentEnglish } from '../language/english-assessment.js';
import type { AssessmentLanguage } from '../language/report-language.js';
import { type References, references } from './references.js';

/** An action as the plan shows it: every field in words, ready for a table or a CSV record. */
export interface ActionPlanRow {
  id: string;
  description: string;
  addresses: string[];
  owner: string;
  dueDate: IsoDate | '';
  measure: string;
  status: string;
  overdue: boolean;
  latestNote: string;
}

const isLive = (action: Pick<Action, 'status'>) =>
  action.status === 'open' || action.status === 'in_progress';

/** Open or in progress with a due date before `today`. */
export function isOverdue(action: Pick<Action, 'status' | 'dueDate'>, today: IsoDate): boolean {
  return isLive(action) && action.dueDate !== undefined && action.dueDate < today;
}

export function actionPlanRows(
  assessment: Assessment,
  profile: Profile,
  today?: IsoDate,
  refs?: References,
  lang: AssessmentLanguage = assessmentEnglish,
): ActionPlanRow[] {
  const names = refs ?? references(assessment, profile, lang);
  return assessment.actions.map((action) => ({
    id: action.id,
    description: action.description,
    addresses: [...action.impactIds.map(names.impact), ...action.gapIds.map(names.gap)],
    owner: action.owner,
    dueDate: action.dueDate ?? '',
    measure: action.measure,
    status: lang.label('actionStatus', action.status),
    overdue: today !== undefined && isOverdue(action, today),
    latestNote: action.updates.at(-1)?.note ?? '',
  }));
}
