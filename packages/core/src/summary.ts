import { isAdverse } from './adverse.js';
import { englishFingerprint } from './bilingual/english-fingerprint.js';
import type { Frozen } from './frozen.js';
import type { LifecycleStatus } from './lifecycle/state.js';
import type { Assessment } from './schema/assessment.js';
import type { IsoDate, IsoDateTime } from './schema/common.js';
import type { OutcomeKind } from './schema/outcome.js';
import { textKey } from './schema/welsh.js';

const titleKey = textKey('policy', 'title');

/**
 * What a list needs to know about an assessment without reading it whole: the store keeps one per
 * assessment in its index, so listing and filtering never open every file.
 */
export interface AssessmentSummary extends LifecycleStatus {
  id: string;
  revision: number;
  supersedes?: string;
  supersededBy?: string;
  title: string;
  reference: string;
  team: string;
  owner?: string;
  createdBy: string;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  /** How many events the store holds for it: the number an append must expect. */
  version: number;
  outcome?: OutcomeKind;
  screenedOut: boolean;
  decisionDate?: IsoDate;
  nextReviewDate?: IsoDate;
  publishedAt?: IsoDateTime;
  /** Characteristics with at least one negative impact (intersectional ones included). */
  negativeCharacteristics: string[];
  openActions: { id: string; dueDate?: IsoDate }[];
  /**
   * The title's Welsh version, when one is written (for a Welsh run's lists). Last (with the next), so a
   * schema step can add it to a summary already kept by appending it, as this writes it.
   */
  welshTitle?: string;
  /** Whether that Welsh was written for English that has changed since (as `staleWelsh` says), when so. */
  welshTitleStale?: true;
}

export function summarise(
  assessment: Assessment,
  status: LifecycleStatus,
  meta: { version: number; updatedAt: IsoDateTime },
): AssessmentSummary {
  const welshTitle = welshTitleOf(assessment);
  const negative = new Set<string>();
  for (const [characteristic, analysis] of Object.entries(assessment.analysis)) {
    if (analysis.impacts.some((impact) => isAdverse(impact.direction))) negative.add(characteristic);
  }
  for (const impact of assessment.intersectionality.impacts) {
    if (isAdverse(impact.direction)) for (const member of impact.members) negative.add(member.characteristic);
  }
  return {
    id: assessment.id,
    revision: assessment.revision,
    ...(assessment.supersedes && { supersedes: assessment.supersedes }),
    ...(assessment.supersededBy && { supersededBy: assessment.supersededBy }),
    state: status.state,
    ...(status.stage && { stage: status.stage }),
    title: assessment.policy.title,
    reference: assessment.policy.reference,
    team: assessment.policy.team,
    ...(assessment.policy.owner && { owner: assessment.policy.owner }),
    createdBy: assessment.createdBy,
    createdAt: assessment.createdAt,
    updatedAt: meta.updatedAt,
    version: meta.version,
    ...(assessment.outcome && { outcome: assessment.outcome.kind }),
    screenedOut: assessment.screening.decision?.kind === 'not_required',
    ...(assessment.decision.date && { decisionDate: assessment.decision.date }),
    ...(assessment.monitoring.nextReviewDate && { nextReviewDate: assessment.monitoring.nextReviewDate }),
    ...(assessment.publication && { publishedAt: assessment.publication.publishedAt }),
    negativeCharacteristics: [...negative].sort(),
    openActions: assessment.actions
      .filter((action) => action.status === 'open' || action.status === 'in_progress')
      .map((action) => ({ id: action.id, ...(action.dueDate && { dueDate: action.dueDate }) })),
    ...(welshTitle !== undefined && { welshTitle }),
    ...(welshTitle !== undefined && isTitleStale(assessment) && { welshTitleStale: true as const }),
  };
}

/**
 * The Welsh title where one is written for the English title as it is (a history quotes it where the
 * record held it); undefined where there is none, or it was written for English that has changed since.
 */
export function currentWelshTitle(assessment: Frozen<Assessment>): string | undefined {
  const welsh = welshTitleOf(assessment);
  return welsh !== undefined && !isTitleStale(assessment) ? welsh : undefined;
}

/** As `staleWelsh` decides, for the title alone: a Welsh title with no fingerprint counts as current. */
function isTitleStale(assessment: Frozen<Assessment>): boolean {
  const writtenFor = assessment.welshOf?.[titleKey];
  return writtenFor !== undefined && writtenFor !== englishFingerprint(assessment.policy.title);
}

/** The Welsh title as a Welsh reader is shown it (textsInWelsh): written, for an English title written. */
function welshTitleOf(assessment: Frozen<Assessment>): string | undefined {
  const welsh = assessment.welsh?.[titleKey];
  return welsh !== undefined && welsh.trim() !== '' && assessment.policy.title.trim() !== ''
    ? welsh
    : undefined;
}
