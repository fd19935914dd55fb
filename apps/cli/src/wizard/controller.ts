import {
  type Assessment,
  ConflictError,
  type Finding,
  InvalidTransitionError,
  type Profile,
  publishesWelsh,
  type SectionId,
  schemaTyped,
} from '@eqia/core';
import type { AssessmentSession, AssessmentView, EqiaClient, SectionRecipe, WriteOptions } from '@eqia/sdk';
import { produce } from 'immer';
import { sameContent } from '../answers/same-content.js';
import { msg, uiLabel } from '../messages/ui-language.js';
import { KeyRouter } from '../prompts/key-router.js';
import type { Ask, PromptSpec } from '../prompts/types.js';
import { refusalInCommands } from '../refused-commands.js';
import { changedElsewhere } from './changed-elsewhere.js';
import { keptAnswer, type Position, questionId } from './kept-answer.js';
import { lockedBecause } from './locked.js';
import { NavigationSignal } from './signals.js';
import type { StepTools, WizardStep } from './step.js';
import { type TextAnswer, welshQuestions } from './welsh-questions.js';

export interface PendingPrompt {
  /** Changes with every question, so the prompt component starts fresh. */
  key: number;
  spec: PromptSpec;
  answer(value: unknown): void;
}

export interface WizardState {
  stepIndex: number;
  view: AssessmentView;
  prompt?: PendingPrompt;
  context: string[];
  /** Answers saved so far, printed once above the live area (Ink's <Static>). */
  saved: { key: number; text: string }[];
  error?: string;
  finished?: 'done' | 'quit';
}

/**
 * Runs the wizard's steps as plain async code — each step asks, then saves each answer as an edit — and
 * exposes the state the Ink components draw. Navigation keys reject the pending question, so a step can
 * be left at any point without losing what was already saved.
 */
export class WizardController {
  private state: WizardState;
  private readonly listeners = new Set<() => void>();
  private pending?: { reject(reason: unknown): void };
  private counter = 0;
  /** Keys for the prompt on screen; queued between prompts so none is lost. */
  readonly keys = new KeyRouter();
  /** Ctrl+C while an answer is being saved: quit at the next question. */
  private quitRequested = false;
  /** The assessment held open while the wizard runs, so an answer saves without reading it again. */
  private opened?: Promise<AssessmentSession>;
  /** Walk past kept answers to this question (resuming, or Escape to the question before). */
  private target?: string;
  /** The questions of the step on screen so far, in order: Escape returns to the one before the last. */
  private asked: string[] = [];
  /** How many of `asked` were answered when the step last saved (or found nothing to save). */
  private settled = 0;
  /** The question asked again after its save met a change made elsewhere (see attempt). */
  private retold?: string;
  /** The text answers given since the last save: their fields' Welsh is asked after it. */
  private textAnswers: TextAnswer[] = [];

  constructor(
    private readonly client: EqiaClient,
    readonly steps: readonly WizardStep[],
    view: AssessmentView,
    startAt: number | Position = 0,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
  ) {
    let stepIndex = typeof startAt === 'number' ? startAt : steps.findIndex((s) => s.id === startAt.step);
    if (typeof startAt !== 'number' && stepIndex !== -1) this.target = startAt.question;
    stepIndex = Math.max(0, stepIndex);
    this.state = { stepIndex, view, context: [], saved: [] };
  }

  /** The question the author quit at: `eqia edit` resumes there. */
  stoppedAt?: Position;

  private positionOf(spec: PromptSpec): Position | undefined {
    const step = this.steps[this.state.stepIndex];
    return step && { step: step.id, question: questionId(spec), label: spec.label };
  }

  getState = (): WizardState => this.state;

  get profile() {
    return this.client.profile;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Walk the steps until the last one finishes or the user quits. */
  async run(): Promise<'done' | 'quit'> {
    while (this.state.stepIndex < this.steps.length) {
      const step = this.steps[this.state.stepIndex] as WizardStep;
      // A question asked again after a conflict keeps the error that says why.
      this.update({ context: [], ...(this.retold === undefined && { error: undefined }) });
      this.retold = undefined;
      this.asked = [];
      this.settled = 0;
      this.textAnswers = [];
      try {
        const locked = step.readOnly
          ? undefined
          : lockedBecause(step.section, this.state.view.status, this.id);
        await (locked ? this.showLocked(locked) : step.run(this.tools()));
        this.update({ stepIndex: this.state.stepIndex + 1 });
      } catch (error) {
        if (!(error instanceof NavigationSignal)) throw error;
        if (error.to === 'goto' && (await this.goTo()) === 'quit') return this.finish('quit');
        if (error.to === 'quit') return this.finish('quit');
        if (error.to === 'next')
          this.update({ stepIndex: Math.min(this.steps.length - 1, this.state.stepIndex + 1) });
        if (error.to === 'previous') this.update({ stepIndex: Math.max(0, this.state.stepIndex - 1) });
        if (error.to === 'back') this.back();
        if (error.to === 'again') this.target = this.retold = this.asked[this.settled] ?? this.asked.at(-1);
      }
    }
    return this.finish('done');
  }

  /** Called by the keyboard: leave the current question. */
  navigate(to: NavigationSignal['to']): void {
    const pending = this.pending;
    const onScreen = this.state.prompt?.spec;
    if (to === 'quit' && onScreen && !this.stoppedAt) this.stoppedAt = this.positionOf(onScreen);
    if (!pending) {
      if (to === 'quit') this.quitRequested = true;
      return;
    }
    this.pending = undefined;
    this.keys.detach();
    this.update({ prompt: undefined });
    pending.reject(new NavigationSignal(to));
  }

  /** A step whose section cannot change now: say why, ask nothing that could not be saved. */
  private async showLocked(why: string): Promise<void> {
    this.update({ context: [why] });
    const next = await this.ask({
      kind: 'select',
      label: msg.wizard.locked,
      menu: true,
      choices: [
        { value: 'next', label: msg.wizard.nextStep },
        { value: 'goto', label: msg.wizard.goToStep },
      ],
    });
    if (next === 'goto') throw new NavigationSignal('goto');
  }

  /** Escape: the question before, in this step (its kept answer shown); at a step's first, the step before. */
  private back(): void {
    const before = this.asked.at(-2);
    if (before !== undefined) this.target = before;
    else this.update({ stepIndex: Math.max(0, this.state.stepIndex - 1) });
  }

  /** Ask which step to open; Ctrl+C here still quits, other keys just close the menu. */
  private async goTo(): Promise<'quit' | undefined> {
    const choices = this.steps.map((step, index) => ({
      value: String(index),
      label: `${index + 1}. ${step.title}`,
      hint:
        !step.readOnly && lockedBecause(step.section, this.state.view.status, this.id)
          ? msg.wizard.stepLocked
          : this.stepFindings(step).some((f) => f.severity === 'error')
            ? msg.wizard.needsWork
            : '',
    }));
    try {
      const chosen = await this.ask({
        kind: 'select',
        label: msg.wizard.goToWhich,
        choices,
        initial: String(this.state.stepIndex),
      });
      this.update({ stepIndex: Number(chosen) });
    } catch (error) {
      if (!(error instanceof NavigationSignal)) throw error;
      if (error.to === 'quit') return 'quit';
    }
    return undefined;
  }

  stepFindings(step: WizardStep): Finding[] {
    return this.state.view.findings.filter((finding) => step.owns(finding));
  }

  private finish(how: 'done' | 'quit'): 'done' | 'quit' {
    this.update({ finished: how, prompt: undefined });
    return how;
  }

  private ask(spec: PromptSpec): Promise<unknown> {
    return new Promise((resolve, reject) => {
      if (this.quitRequested) {
        this.stoppedAt ??= this.positionOf(spec);
        return reject(new NavigationSignal('quit'));
      }
      const id = questionId(spec);
      this.asked.push(id);
      if (this.target !== undefined) {
        const kept = id === this.target ? undefined : keptAnswer(spec);
        if (kept) return resolve(kept.value);
        this.target = undefined;
      }
      this.pending = { reject };
      const key = ++this.counter;
      this.update({
        prompt: {
          key,
          spec,
          answer: (value) => {
            if (this.state.prompt?.key !== key) return;
            this.keys.detach();
            this.pending = undefined;
            this.update({ prompt: undefined });
            resolve(value);
          },
        },
      });
    });
  }

  private tools(): StepTools {
    const ask: Ask = {
      text: async (spec) => {
        const answer = (await this.ask({ kind: 'text', ...spec })) as string;
        this.textAnswers.push({ text: answer, question: spec.label });
        return answer;
      },
      select: (spec) => this.ask({ kind: 'select', ...spec }) as Promise<never>,
      multiSelect: (spec) => this.ask({ kind: 'multiSelect', ...spec }) as Promise<never>,
      confirm: (spec) => this.ask({ kind: 'confirm', ...spec }) as Promise<boolean>,
    };
    return {
      ask,
      // Steps only read these (they change the assessment through the client's edits).
      profile: schemaTyped<Profile>(this.client.profile),
      assessment: () => schemaTyped<Assessment>(this.state.view.assessment),
      status: () => this.state.view.status,
      setContext: (lines) => this.update({ context: lines }),
      today: this.today,
      resumingIn: (prefix) =>
        this.target?.startsWith(prefix) ? this.target.slice(prefix.length).split('.')[0] : undefined,
      save: async <S extends SectionId>(section: S, recipe: SectionRecipe<S>, note: string) => {
        // Enter on an unchanged answer records nothing: the log only holds real changes.
        const current = this.state.view.assessment[section];
        const unchanged = sameContent(current, produce(current, recipe as never));
        if (unchanged) this.settled = this.asked.length;
        const saved =
          unchanged ||
          (await this.attempt(async () => (await this.session()).edit(section, recipe, this.loaded()), note));
        // The Welsh's own save says if it fails; the English answer stands either way.
        if (saved) await this.askWelsh(section);
        return saved;
      },
      act: (change, note) => this.attempt(() => change(this.client, this.id, this.loaded()), note),
      screen: (decision) =>
        this.attempt(
          async () => (await this.session()).screen(decision, this.loaded()),
          msg.screening.saved({ decision: uiLabel('screeningDecision', decision.kind) }),
        ),
    };
  }

  /** After a save, for a body that publishes in Welsh: the Welsh of each text just answered, one prompt each. */
  private async askWelsh(section: SectionId): Promise<void> {
    const answers = this.textAnswers;
    this.textAnswers = [];
    if (!publishesWelsh(this.client.profile)) return;
    for (const { path, question, spec } of welshQuestions(this.state.view.assessment, section, answers)) {
      const text = ((await this.ask(spec)) as string).trim();
      if (text === spec.initial.trim()) continue;
      const saved = await this.attempt(
        async () =>
          (await this.session()).edit(section, (_section, welsh) => welsh.set(path, text), this.loaded()),
        text ? msg.wizard.welshSaved({ question }) : msg.wizard.welshRemoved({ question }),
      );
      if (!saved) return;
    }
  }

  /**
   * Every save names the version on screen: a change someone else made since is never overwritten by
   * an answer given without seeing it.
   */
  private loaded(): WriteOptions {
    return { expectedVersion: this.state.view.version };
  }

  private get id(): string {
    return this.state.view.assessment.id;
  }

  /**
   * Answers go through a session (client.open); acts such as a reviewer's verdict go through the client,
   * and the session, finding the store moved on, starts its next save from a fresh read.
   */
  private session(): Promise<AssessmentSession> {
    this.opened ??= this.client.open(this.id).catch((error: unknown) => {
      this.opened = undefined;
      throw error;
    });
    return this.opened;
  }

  /**
   * Saves a change, saying what was saved or why not. One that meets a change made elsewhere since the
   * version on screen (a conflict) puts the latest version on screen and starts the step again (see run).
   */
  private async attempt(change: () => Promise<AssessmentView>, note: string): Promise<boolean> {
    try {
      const view = await change();
      this.settled = this.asked.length;
      this.update({
        view,
        error: undefined,
        saved: [...this.state.saved, { key: ++this.counter, text: note }],
      });
      return true;
    } catch (error) {
      // A refusal names what the user can do now as the commands they type, as the CLI's errors do.
      const elsewhere = error instanceof ConflictError && !error.retryable;
      const message =
        error instanceof InvalidTransitionError
          ? refusalInCommands(error)
          : (elsewhere && changedElsewhere(error, this.client.profile)) || (error as Error).message;
      this.update({ error: msg.wizard.notSaved({ message }) });
      if (elsewhere) {
        await this.showLatest();
        // The answers were given without seeing that change: the first of them since the step last saved
        // again, over the latest version (a verdict's menu, not its comment; the questions before it
        // walked past with their answers as they now stand, as Escape does).
        throw new NavigationSignal('again');
      }
      return false;
    }
  }

  /** After a conflict: the latest version on screen, so the next answer is given knowing it. */
  private async showLatest(): Promise<void> {
    try {
      this.update({ view: await this.client.get(this.id) });
    } catch {
      // The error already shown stands; the next save will say what is wrong.
    }
  }

  private update(patch: Partial<WizardState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
