import type { SectionId } from '../schema/section.js';

export type FindingSeverity = 'error' | 'warning' | 'info';

/** One weakness the due-regard checks found. Errors block submission and approval. */
export interface Finding {
  ruleId: string;
  severity: FindingSeverity;
  /** What is wrong, in plain English, naming the thing (the characteristic, the action…). */
  message: string;
  section: SectionId;
  /** Dotted path to the field, e.g. `analysis.race.impacts.0.mitigation`. */
  path: string;
  /** The legal or practice reason the rule exists. */
  why: string;
  /** How to fix it. */
  hint: string;
}

/** Something that inspects an assessment and returns findings; the rule engine is the real one. */
export type BlockingFindings = (findings: readonly Finding[]) => Finding[];

export const blockingFindings: BlockingFindings = (findings) =>
  findings.filter((f) => f.severity === 'error');
