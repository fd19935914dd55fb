import type { Assessment, Finding, IsoDate, LifecycleStatus, Profile, SectionId } from '@eqia/core';
import type { AssessmentView, EqiaClient, SectionRecipe, WriteOptions } from '@eqia/sdk';
import type { Ask } from '../prompts/types.js';

/** What a step may use: ask questions, save each answer, read the assessment as it is now. */
export interface StepTools {
  ask: Ask;
  /**
   * Save one answer as one edit. Returns false when the store refused it (the wizard shows why). One
   * that meets a change made elsewhere does not return: the step starts again, over the latest version,
   * at the first question answered since its last save (so too for `screen` and `act`).
   */
  save<S extends SectionId>(section: S, recipe: SectionRecipe<S>, note: string): Promise<boolean>;
  /** Record the screening decision (it moves a draft on to the full assessment, or screens it out). */
  screen(decision: { kind: 'full_assessment' | 'not_required'; rationale: string }): Promise<boolean>;
  /**
   * Any other change through the client (the review flow's verdicts and approval). Pass `loaded` on to
   * the command: it names the version on screen, so a reviewer never acts on one they have not seen.
   */
  act(
    change: (client: EqiaClient, id: string, loaded: WriteOptions) => Promise<AssessmentView>,
    note: string,
  ): Promise<boolean>;
  assessment(): Assessment;
  status(): LifecycleStatus;
  profile: Profile;
  /** Lines shown above the question: the characteristic's prompts, who to ask, what exists already. */
  setContext(lines: string[]): void;
  today(): IsoDate;
  /**
   * When the wizard is taking the author back to a question inside an item of a list (resuming, or
   * Escape), the id of that item: `resumingIn('evidence.items.')` is `ev-2` on the way to
   * `evidence.items.ev-2.summary`. The step opens that item instead of its menu.
   */
  resumingIn(prefix: string): string | undefined;
}

/** One screen of the wizard: a section, or one characteristic of the analysis. */
export interface WizardStep {
  id: string;
  title: string;
  section: SectionId;
  /** A step that only reads (the summary, the review screen's sections): never locked. */
  readOnly?: boolean;
  /** Which findings belong to this step (the footer shows them). */
  owns(finding: Finding): boolean;
  run(tools: StepTools): Promise<void>;
}
